import { claimType } from './claim-type';
import type { ClaimType } from './types';

describe('claimType', () => {
  it.each<[string, ClaimType]>([
    // QUANTITY: amounts, counts and changes, in digits or in words.
    ['The decision was supported by 99 members of parliament, one opposed, and three abstained', 'QUANTITY'],
    ['Two thirds of the remaining clinics have only one full-time doctor', 'QUANTITY'],
    ['Our network lost power for 40 minutes in March', 'QUANTITY'],
    ['Food prices in Latvia rose by 11.3% in 2023', 'QUANTITY'],
    ['hundreds of nurses had left for jobs abroad', 'QUANTITY'],
    // An amount cut from a budget is a change of amount, not a cause.
    ['the council had cut £14 million from its budget for adult social care this year', 'QUANTITY'],
    // What must be approved is a rule, whatever figure it has.
    ['The loan must still be approved by the government, which has to sign off any borrowing above £30 million', 'LAWS_RULES'],
    // LAWS_RULES with a word naming the law: "under the climate law", "under the NHS constitution".
    ['Under the climate law approved in 2023, cantons must draw up water plans', 'LAWS_RULES'],
    // …and a law named by a word of any kind before it ("Under Portuguese law", "under the new rules").
    ['Under Portuguese law, a municipality can suspend new licences for up to two years', 'LAWS_RULES'],
    ['Under the new EU rules, airlines owe passengers 600 euros for a cancelled flight', 'LAWS_RULES'],
    // A unit written onto the number; a clock time is no quantity.
    ['a gust of 97mph was recorded at Capel Ferrow', 'QUANTITY'],
    ['the club paid £52m for the striker', 'QUANTITY'],
    ['the station opened at 2am', 'OTHER'],
    // PREDICTION: the future, reported future, forecasts; it outranks numbers and causes.
    ['the country will take all necessary measures to minimize their impact', 'PREDICTION'],
    ['cluster munitions would be used solely for defensive purposes', 'PREDICTION'],
    ['Lithuania will likely join joint procurements with allies', 'PREDICTION'],
    ['prices are expected to stabilise in the second half of the year', 'PREDICTION'],
    ['Estonia will raise defence spending to 3.2% of GDP next year', 'PREDICTION'],
    ['another dozen clinics could close within two years', 'PREDICTION'],
    // Not the future: "could not" reports what was impossible, and "a plan to" is a noun.
    ['engineers could not reach the line safely', 'OTHER'],
    ['cantons must draw up plans to protect water supplies', 'OTHER'],
    ['The government plans to cut taxes', 'PREDICTION'],
    // CORRELATION_CAUSATION: one thing causing, changing or linked to another.
    ['the use of such munitions significantly reduces the need for standard ammunition, thus cutting procurement costs', 'CORRELATION_CAUSATION'],
    ['Ambulance response times rose by a fifth because fewer stations are staffed at night', 'CORRELATION_CAUSATION'],
    ['higher energy costs drove up the price of bread', 'CORRELATION_CAUSATION'],
    ['the new cable to Poland had cut outages in half', 'CORRELATION_CAUSATION'],
    ['smoking is linked to lung cancer', 'CORRELATION_CAUSATION'],
    ['the fall was the result of targeted patrols and a weapons amnesty', 'CORRELATION_CAUSATION'],
    ['the figures were inflated by shipments delayed from December', 'CORRELATION_CAUSATION'],
    ['revenue rose 38 percent, driven mainly by higher gas prices', 'CORRELATION_CAUSATION'],
    ['people who ate the most processed food were more likely to develop diabetes', 'CORRELATION_CAUSATION'],
    // LAWS_RULES: what the law or the rules say now.
    ['the withdrawal does not negate Lithuania’s commitment to international humanitarian law', 'LAWS_RULES'],
    ['Cluster munitions are banned under the convention', 'LAWS_RULES'],
    ['Drivers must register their cars within 30 days', 'LAWS_RULES'],
    // PERSONAL_EXPERIENCE: the speaker's own past.
    ['I was knocked off my bike near the station in 2021', 'PERSONAL_EXPERIENCE'],
    ['I have watched the catch shrink every single year', 'PERSONAL_EXPERIENCE'],
    // OTHER.
    ['The government supported the decision to exit the convention last week', 'OTHER'],
    ['The council will'.replace('will', 'met') + ' on 14 May', 'OTHER'],
    ['The summit opened in Vilnius in 2023', 'OTHER'],
    ['There is political will to act', 'OTHER'],
    // Measured against an earlier forecast: a quantity, not a prediction.
    ['borrowing was £116.8bn, about £9bn more than forecast by the Office for Budget Responsibility', 'QUANTITY'],
    // A figure someone "had forecast", named to measure against, is no forecast of the speaker's.
    ['exports rose 8% to €2.1bn, short of the €2.3bn that economists had forecast', 'QUANTITY'],
    // A deadline a rule sets, whatever its figure.
    ['Complaints must be acknowledged within 10 working days', 'LAWS_RULES'],
  ])('%s → %s', (text, type) => {
    expect(claimType(text)).toBe(type);
  });
});
