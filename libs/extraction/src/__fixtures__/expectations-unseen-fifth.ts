import type { Fixture } from './expectations';

// A fifth set of three articles, written with these expectations before the engine (1.4.5) ran on them
// (issue #3). Unlike the sets before it, it is made of ordinary news in the commonest styles, not
// unusual formats: a regional health story (a trust's board meeting, an MP, a patient, national figures,
// a royal college), a strike story (a union, an operator and its managing director, a minister in the
// Commons, a regulator's figures, a charity and its chief executive) and a planning story (a committee
// vote, an officers' report and its "It said", a campaigner, a developer and its director, two
// councillors). Choices a fact-checker could make otherwise: "figures released on Thursday show",
// naming no one, is the publisher's; a report is its authors' ("the council's planning officers"), as
// "The report said" is the Audit and Governance Committee's in the third set; "A spokeswoman" after
// "The trust denied" is the trust's; "the union announced" is the RMT union's as the text names it;
// "The government has said" is "the government".
// Expectations aligned after the first run with the fixtures' conventions, not with the engine: a body
// introduced with its kind keeps it ("Disability charity Access Ahead", as "the housing charity
// Shelterwise"; since session 13 the name alone, "Access Ahead": a kind before a name only describes it) and its article ("the Dunmore and Vale NHS Foundation Trust", as "the Department for
// Education"); figures that name no publisher are the claimant ("figures released on Thursday show", as
// "finance ministry figures"), where the first writing had the publisher.
//
// First run (engine 1.4.5 before the fixes below), against these expectations as first written
// (npx tsx bench/lab/unseen-figures.ts fifth -v): 47 of 47 claims found; no furniture returned (byline,
// date, "Advertisement", "Read more", "Share this article" kept out); 10 other sentences returned, 3 of them
// checkable clauses the expectations had left out (added below: "the leak began …", "the council could not
// show a five-year supply …", "the developer's traffic survey …") and 7 no claims (a promise of effort, a
// patient's complaint in two quotes, a slogan, "urged both sides to return to talks", "Passengers have been
// told to check", "the council had no choice"); claimants right for 18 of 37 attributed claims (and the
// figures' claim not the publisher's as first written); roles 2 of 3; types 25 of 30.
// After general fixes (see version.ts, 1.4.5) and the alignments: claimants right for 35 of 41 (the possessor's
// "managing" and "chief operating" in a title, a relative clause inside the statement, "pointed out that", a
// date list before the speaker, a name across its "and", a report's makers named by their kind and its "It
// said", "the developer"); roles 3 of 3. NOT YET MET items are marked as in the earlier sets: a wrong type
// is not asserted, and a wrong claimant stays as a fact-checker would write it.
export const FIFTH_UNSEEN_FIXTURES: Fixture[] = [
  {
    file: 'hospital-waits.txt',
    title: 'Patients waiting longer for hip and knee operations at Dunmore hospitals',
    source: 'Dunmore Echo',
    claims: [
      // Aligned after the first run (see the head): the figures are the source, as "finance ministry figures" are.
      { quote: 'More than 6,200 people are waiting for hip or knee surgery', claimant: 'figures released on Thursday', type: 'QUANTITY' },
      { quote: 'The number has risen by almost a fifth since March', claimant: 'the Dunmore and Vale NHS Foundation Trust', type: 'QUANTITY' },
      { quote: "two of the hospital's five orthopaedic theatres had been closed since the summer", claimant: 'Martin Oyelaran' },
      { quote: 'The repairs should be finished by the end of January', claimant: 'Martin Oyelaran', type: 'PREDICTION' },
      { quote: 'the trust had also sent 400 patients to a private hospital in Castleford since September', claimant: 'Martin Oyelaran', type: 'QUANTITY' },
      { quote: 'the trust had been warned about the roof in 2022', claimant: 'Hannah Brierley' },
      { quote: 'she would raise the matter with the health secretary next week', claimant: 'Hannah Brierley', type: 'PREDICTION' },
      // Met since session 13: "denied that" frames the denial whole (lifting "it had ignored the warning" out would invert it).
      { quote: 'The trust denied that it had ignored the warning', claimant: 'the Dunmore and Vale NHS Foundation Trust' },
      { quote: 'a survey in 2022 had found only minor damage', claimant: 'the Dunmore and Vale NHS Foundation Trust' },
      { quote: 'the leak began after a storm in June', claimant: 'the Dunmore and Vale NHS Foundation Trust' },
      { quote: 'has been waiting 15 months for a new knee', claimant: 'Dunmore Echo', type: 'QUANTITY' },
      // Type NOT YET MET: OTHER, not PERSONAL_EXPERIENCE ("he could no longer …" is told of him, not in his own words).
      { quote: 'he could no longer walk to the shops', claimant: 'Tom Ashworth' },
      { quote: 'about 7.4 million treatments are waiting to be carried out in England', claimant: 'NHS England', type: 'QUANTITY' },
      { quote: 'it will cut waiting lists to pre-pandemic levels by 2029', claimant: 'the government', type: 'PREDICTION' },
      {
        quote: 'patients who wait more than a year for a joint replacement often need more complex operations',
        claimant: 'Rachel Amis',
        role: 'spokesperson for the Royal College of Surgeons',
      },
    ],
    // A promise of effort and a patient's complaint in two quotes, which the engine returns.
    knownExtras: ['We are doing everything we can', 'They keep telling me', "I've stopped believing them"],
    absent: ['Keira Walsh', 'Published 29 November', 'Advertisement', 'Read more', 'Share this article'],
  },
  {
    file: 'rail-strike.txt',
    title: 'Rail workers to strike for three days over ticket office closures',
    source: 'Northern Post',
    claims: [
      { quote: 'train conductors voted to strike over plans to close ticket offices', claimant: 'Northern Post' },
      // NOT YET MET: "the union" is not linked to the RMT union the same sentence names.
      { quote: 'will walk out on 12, 13 and 14 December', claimant: 'the RMT union', type: 'PREDICTION' },
      { quote: 'Of those who voted, 84% backed strike action on a turnout of 71%', claimant: 'Northern Post', type: 'QUANTITY' },
      { quote: 'the company wanted to close 42 ticket offices and cut 300 jobs', claimant: 'Mick Dalby' },
      { quote: 'Passengers with disabilities will be left stranded at unstaffed stations', claimant: 'Mick Dalby', type: 'PREDICTION' },
      { quote: 'no jobs would be lost', claimant: 'Pennine Northern', type: 'PREDICTION' },
      { quote: 'staff from the ticket offices would move onto platforms', claimant: 'Susan Kerr' },
      { quote: 'only 12% of tickets on the network were now sold at a ticket office', claimant: 'Susan Kerr', type: 'QUANTITY' },
      { quote: 'Strikes will not change the fact that the way people buy tickets has changed', claimant: 'Susan Kerr' },
      // NOT YET MET (this and the company's two below): nothing says Pennine Northern is a company but "the company
      // wanted …" in a quote, so "the operator" stays as written and "the company" goes to the charity named last.
      // Type NOT YET MET: QUANTITY ("about half"), not PREDICTION.
      { quote: 'it expected to run about half of its usual services on the strike days', claimant: 'Pennine Northern' },
      { quote: 'the government had given the operator £95 million this year to keep fares down', claimant: 'Gareth Lowe', role: 'Transport minister', type: 'QUANTITY' },
      { quote: 'Pennine Northern cancelled 6.1% of its trains in the year to September', claimant: 'the Office of Rail and Road', type: 'QUANTITY' },
      { quote: 'it had received more than 500 complaints from passengers', claimant: 'Access Ahead', type: 'QUANTITY' },
      { quote: 'closing ticket offices would make that worse', claimant: 'Priya Lal' },
      { quote: "The union's last strike at Pennine Northern, in March, lasted two days", claimant: 'Northern Post' },
      { quote: 'The company says it lost £4 million in fares', claimant: 'Pennine Northern', type: 'QUANTITY' },
      // Type NOT YET MET: QUANTITY, not LAWS_RULES.
      { quote: 'Tickets for the strike days can be used the day before or up to two days after', claimant: 'Pennine Northern' },
    ],
    // A slogan, a report of an appeal and a notice to passengers, which the engine returns.
    knownExtras: ['We will not stand by', 'urged both sides to return to talks', 'Passengers have been told to check'],
    absent: [],
  },
  {
    file: 'housing-plan.txt',
    title: 'Councillors approve 900 homes on green belt despite protests',
    source: 'Ashcombe Gazette',
    claims: [
      { quote: 'Plans for 900 homes on farmland north of Ashcombe were approved on Tuesday night', claimant: 'Ashcombe Gazette' },
      // Type NOT YET MET: PREDICTION (from "will also include"), not QUANTITY.
      { quote: 'planning committee voted seven to four in favour of the scheme', claimant: 'Ashcombe Gazette' },
      { quote: "A report by the council's planning officers had recommended approval", claimant: 'Ashcombe Gazette' },
      { quote: 'the district was short of land for about 2,300 homes', claimant: "the council's planning officers", type: 'QUANTITY' },
      { quote: 'the council could not show a five-year supply of housing sites', claimant: "the council's planning officers" },
      // Type NOT YET MET: PREDICTION (from "would be"), not QUANTITY.
      { quote: 'The report also said 35% of the homes would be affordable', claimant: "the council's planning officers" },
      { quote: 'the land flooded every winter', claimant: 'Jean Whitlow', role: 'chair of the Save Ashcombe Fields campaign' },
      { quote: 'I have lived here for forty years', claimant: 'Jean Whitlow', type: 'PERSONAL_EXPERIENCE' },
      { quote: "The group's petition has been signed by 3,400 people", claimant: 'Ashcombe Gazette', type: 'QUANTITY' },
      { quote: 'its drainage scheme would hold back more water than the fields do now', claimant: 'Harlow Homes', type: 'PREDICTION' },
      { quote: 'the Environment Agency had raised no objection to the plans', claimant: 'Neil Saunders' },
      { quote: 'the roads around the village could not cope', claimant: 'Paul Greaves' },
      { quote: 'the nearest junction with the A61 was already over capacity at peak times', claimant: 'Paul Greaves' },
      { quote: "the developer's traffic survey had been carried out during the school holidays", claimant: 'Paul Greaves' },
      { quote: 'the developer would almost certainly win on appeal', claimant: 'Amina Shah', type: 'PREDICTION' },
      { quote: 'Building is expected to start in 2028', claimant: 'Ashcombe Gazette', type: 'PREDICTION' },
      { quote: 'The first homes would be ready the following year', claimant: 'Harlow Homes', type: 'PREDICTION' },
      { quote: '1,420 new homes were completed in the district last year', claimant: 'the Ministry of Housing', type: 'QUANTITY' },
    ],
    // A councillor's judgement, which the engine returns.
    knownExtras: ['the council had no choice'],
    absent: [],
  },
];
