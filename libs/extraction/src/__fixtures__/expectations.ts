import type { ClaimType } from '../types';
import { FORMAT_FIXTURES } from './expectations-formats';
import { STYLE_FIXTURES } from './expectations-styles';
import { UNSEEN_FIXTURES } from './expectations-unseen';
import { THIRD_UNSEEN_FIXTURES } from './expectations-unseen-third';
import { FOURTH_UNSEEN_FIXTURES } from './expectations-unseen-fourth';
import { FIFTH_UNSEEN_FIXTURES } from './expectations-unseen-fifth';
import { SIXTH_UNSEEN_FIXTURES } from './expectations-unseen-sixth';
import { SEVENTH_UNSEEN_FIXTURES } from './expectations-unseen-seventh';
import { NINTH_UNSEEN_FIXTURES } from './expectations-unseen-ninth';
import { TENTH_UNSEEN_FIXTURES } from './expectations-unseen-tenth';
import { ELEVENTH_UNSEEN_FIXTURES } from './expectations-unseen-eleventh';
import { TWELFTH_UNSEEN_FIXTURES } from './expectations-unseen-twelfth';
import { THIRTEENTH_UNSEEN_FIXTURES } from './expectations-unseen-thirteenth';
import { FOURTEENTH_UNSEEN_FIXTURES } from './expectations-unseen-fourteenth';
import { FIFTEENTH_UNSEEN_FIXTURES } from './expectations-unseen-fifteenth';
import { SIXTEENTH_UNSEEN_FIXTURES } from './expectations-unseen-sixteenth';
import { SEVENTEENTH_UNSEEN_FIXTURES } from './expectations-unseen-seventeenth';
import { EIGHTEENTH_UNSEEN_FIXTURES } from './expectations-unseen-eighteenth';
import { NINETEENTH_UNSEEN_FIXTURES } from './expectations-unseen-nineteenth';
import { TWENTIETH_UNSEEN_FIXTURES } from './expectations-unseen-twentieth';
import { TWENTY_FIRST_UNSEEN_FIXTURES } from './expectations-unseen-twenty-first';
import { TWENTY_SECOND_UNSEEN_FIXTURES } from './expectations-unseen-twenty-second';
import { TWENTY_THIRD_UNSEEN_FIXTURES } from './expectations-unseen-twenty-third';
import { TWENTY_FOURTH_UNSEEN_FIXTURES } from './expectations-unseen-twenty-fourth';
import { TWENTY_FIFTH_UNSEEN_FIXTURES } from './expectations-unseen-twenty-fifth';
import { EIGHTH_UNSEEN_FIXTURES } from './expectations-unseen-eighth';

/** One claim expected in a fixture, written out by hand. */
export interface ExpectedClaim {
  /** A fragment of the full sentence (the claim's quote) that identifies it. */
  quote: string;
  /** The claim text, when the test should pin it down exactly. */
  text?: string;
  claimant: string | null;
  /** Asserted only when given; null means "no role". */
  role?: string | null;
  type?: ClaimType;
}

export interface Fixture {
  file: string;
  title?: string;
  source?: string;
  /** Every checkable statement in the article: the engine must find these and no more. */
  claims: ExpectedClaim[];
  /** Fragments no claim may contain: furniture and non-claims. */
  absent: string[];
  /** Section labels and other one-word furniture: no claim may start with them. */
  labels?: string[];
  /**
   * Sentences the engine still returns though they are no checkable claim (judgements, vague
   * statements, fragments): a known weakness, listed so that the test fails when one more appears
   * or when one goes (then take it off the list).
   */
  knownExtras?: string[];
}

export const FIXTURES: Fixture[] = [
  {
    file: 'quotes-trailing.txt',
    title: 'Vilnius plans new wind farm as prices climb',
    source: 'Baltic Wire',
    claims: [
      { quote: "Lithuania's energy ministry has approved plans", claimant: 'Baltic Wire', role: null },
      {
        quote: 'The farm will supply about a quarter',
        text: 'The farm will supply about a quarter of the country’s electricity by 2030',
        claimant: 'Dalia Grybauskienė',
        role: 'spokeswoman for the Ministry of Energy',
        type: 'PREDICTION',
      },
      { quote: 'Electricity prices rose by 18 percent last year', claimant: 'Dalia Grybauskienė', type: 'QUANTITY' },
      { quote: 'The project, she said, would cost', text: 'The project would cost 1.2 billion euros', claimant: 'Dalia Grybauskienė', type: 'PREDICTION' },
      {
        quote: 'Our network lost power for 40 minutes',
        text: 'Our network lost power for 40 minutes in March',
        claimant: 'Tomas Petraitis',
        role: 'the chief executive of the state grid operator Litgrid',
        type: 'QUANTITY',
      },
      { quote: 'Imported power made up 70%', claimant: 'Tomas Petraitis', type: 'QUANTITY' },
      { quote: 'the new cable to Poland had cut outages in half', claimant: 'Tomas Petraitis', type: 'CORRELATION_CAUSATION' },
    ],
    labels: ['Energy'],
    absent: ['Will it be ready', 'asked one local councillor', 'Share on Facebook'],
  },
  {
    file: 'according-to.txt',
    title: 'Food prices in Latvia rose faster than wages last year',
    source: 'Daily Ledger',
    claims: [
      { quote: 'Food prices in Latvia rose by 11.3%', text: 'Food prices in Latvia rose by 11.3% in 2023', claimant: 'the Central Statistical Bureau', type: 'QUANTITY' },
      { quote: 'average gross wages grew by 8.1%', claimant: 'the Central Statistical Bureau', type: 'QUANTITY' },
      { quote: 'That means real incomes', text: 'That means real incomes for many households fell', claimant: 'Daily Ledger' },
      {
        quote: 'higher energy costs drove up the price',
        claimant: 'Inese Kalnina',
        role: 'Economist of Swedbank',
        type: 'CORRELATION_CAUSATION',
      },
      { quote: 'According to her, prices are expected to stabilise', claimant: 'Inese Kalnina', type: 'PREDICTION' },
      { quote: 'the value-added tax on fruit and vegetables is 5 percent', claimant: 'the finance ministry' },
      { quote: 'It added that the reduced rate will remain in force', text: 'the reduced rate will remain in force until the end of 2025', claimant: 'the finance ministry', type: 'PREDICTION' },
    ],
    labels: ['Economy'],
    absent: ['By Anna Berzina', '12 March 2024', 'Will shoppers', 'Related:', 'newsletter', 'rose faster than wages'],
  },
  {
    file: 'pronouns-two-genders.txt',
    title: 'Port expansion divides city council',
    source: 'Harbour Times',
    claims: [
      { quote: 'Mayor John Whitfield and councillor Maria Lopez clashed', claimant: 'Harbour Times' },
      { quote: 'the expansion would create 1,200 jobs', claimant: 'John Whitfield', role: 'Mayor', type: 'PREDICTION' },
      { quote: 'the port handled 4.5 million tonnes', claimant: 'John Whitfield', role: 'Mayor', type: 'QUANTITY' },
      { quote: 'dredging the harbour would damage the oyster beds', claimant: 'Maria Lopez', role: 'councillor' },
      { quote: 'the council has not published an environmental assessment', claimant: 'Maria Lopez' },
      { quote: "the city's own study found no lasting harm", claimant: 'John Whitfield' },
      { quote: 'The study is public and anyone can read it', text: 'The study is public and anyone can read it', claimant: 'John Whitfield' },
      { quote: 'her family has fished in the bay for three generations', claimant: 'Maria Lopez' },
      { quote: 'I have watched the catch shrink', claimant: 'Maria Lopez', type: 'PERSONAL_EXPERIENCE' },
      { quote: 'The council will vote on the plan on 14 May', claimant: 'Harbour Times', type: 'PREDICTION' },
    ],
    absent: ['Lopez disagreed', 'Harbour Times\n', 'Port expansion divides'],
  },
  {
    file: 'numbers-in-words.txt',
    title: 'Fewer doctors, longer waits',
    source: 'Northern Courier',
    // A report is its maker's, as "The report said" is the Audit and Governance Committee's in the third unseen
    // set, and "The health authority" is the regional one named before (until engine 1.4.5 a maker named without
    // a capital was not found, and these three read "a report by …" and "the health authority").
    claims: [
      { quote: 'Three in ten rural clinics', text: 'Three in ten rural clinics in the region closed between 2015 and 2023', claimant: 'the regional health authority', type: 'QUANTITY' },
      { quote: 'patients now wait an average of nine days', claimant: 'the regional health authority', type: 'QUANTITY' },
      { quote: 'Two thirds of the remaining clinics', claimant: 'Northern Courier', type: 'QUANTITY' },
      { quote: 'hundreds of nurses had left', claimant: 'Helen Marsh', role: 'chair of the regional medical association', type: 'QUANTITY' },
      { quote: 'another dozen clinics could close', claimant: 'Helen Marsh', type: 'PREDICTION' },
      { quote: 'Ambulance response times in the region rose by a fifth', claimant: 'Northern Courier', type: 'CORRELATION_CAUSATION' },
      { quote: 'forty new posts had been created', text: 'forty new posts had been created since January', claimant: 'the regional health authority', type: 'QUANTITY' },
    ],
    labels: ['Health'],
    absent: ['Advertisement', 'Thank you for reading', 'Fewer doctors'],
  },
  {
    file: 'wire-furniture.txt',
    title: 'Estonia to raise defence spending to 3.2% of GDP',
    source: 'Nordic Press Agency',
    claims: [
      {
        quote: 'Estonia will raise defence spending to 3.2%',
        text: 'Estonia will raise defence spending to 3.2% of gross domestic product next year',
        claimant: 'Kaja Kallas',
        role: 'Prime Minister',
        type: 'PREDICTION',
      },
      { quote: 'The increase amounts to about 1.3 billion euros', text: 'The increase amounts to about 1.3 billion euros', claimant: 'finance ministry figures', type: 'QUANTITY' },
      { quote: 'Russia had moved troops closer to the border', claimant: 'Kaja Kallas', role: 'Prime Minister' },
      { quote: 'Our airspace was violated four times last year', claimant: 'Kaja Kallas', type: 'QUANTITY' },
      { quote: 'the money would buy long-range artillery', claimant: 'Hanno Pevkur', role: 'Defence Minister', type: 'PREDICTION' },
      { quote: 'Estonia spent 2.9% of GDP on defence in 2023', claimant: 'Hanno Pevkur', role: 'Defence Minister', type: 'QUANTITY' },
    ],
    labels: ['World News'],
    absent: ['By Kadri Tamm', 'min read', 'Updated', 'TALLINN', '(NPA)', 'cookies', 'Advertisement', 'Read more', 'NATO allies pledge', 'Subscribe', 'Reporting by', 'All rights reserved'],
  },
  {
    file: 'opinion-non-claims.txt',
    title: 'Why our city needs more bike lanes',
    source: 'City Voice',
    claims: [
      { quote: '14 cyclists were seriously injured', text: 'Last year, 14 cyclists were seriously injured on Main Street', claimant: 'police data', type: 'QUANTITY' },
      { quote: 'Cities that built protected lanes', claimant: 'City Voice' },
      { quote: 'I was knocked off my bike', claimant: 'City Voice', type: 'PERSONAL_EXPERIENCE' },
      { quote: 'The city council will decide on the new budget', claimant: 'City Voice', type: 'PREDICTION' },
    ],
    absent: ['Good morning', 'Have you ever', 'terrifying', 'absolutely wonderful', 'terrible job', 'Imagine a city', 'Write to your councillor', 'What do you think', 'Leave a comment'],
    labels: ['Opinion'],
  },
  {
    file: 'wrapped-press-release.txt',
    claims: [
      {
        quote: 'The Kaunas city municipality announced today',
        text: 'Šilainiai bridge will reopen to traffic on 15 May after a two-year renovation',
        claimant: 'the Kaunas city municipality',
        type: 'PREDICTION',
      },
      { quote: 'renovation cost €14.6 million', claimant: null, type: 'QUANTITY' },
      { quote: 'Traffic on the bridge grew by 30%', claimant: 'Visvaldas Matijošaitis', role: 'Mayor', type: 'QUANTITY' },
      { quote: 'The new deck is rated for', claimant: 'Visvaldas Matijošaitis' },
      {
        quote: 'According to Ms. Rūta Žemaitytė',
        text: 'the old deck was corroded because road salt had seeped into the concrete',
        claimant: 'Rūta Žemaitytė',
        role: 'the city’s chief engineer',
        type: 'CORRELATION_CAUSATION',
      },
    ],
    absent: ['PRESS RELEASE', 'Kaunas, 2 April 2024', 'For more information', 'contact the press office'],
  },
  {
    file: 'web-scrape-nav.txt',
    title: 'Poland opens new gas link with Lithuania',
    source: 'Euro Observer',
    claims: [
      { quote: 'Poland and Lithuania on Sunday opened a gas pipeline', claimant: 'Euro Observer' },
      {
        quote: 'The pipeline can carry up to 2.4 billion cubic metres',
        text: 'The pipeline can carry up to 2.4 billion cubic metres of gas a year',
        // Aligned in session 14 with the convention settled in session 13 (a body's kind before its name only describes
        // it): first written as 'the Polish operator Gaz-System'.
        claimant: 'Gaz-System',
        type: 'QUANTITY',
      },
      { quote: 'Its construction cost 500 million euros', claimant: 'Euro Observer', type: 'QUANTITY' },
      { quote: 'the country had stopped importing Russian gas in April', claimant: 'Dainius Kreivys', role: 'Lithuanian Energy Minister' },
      { quote: 'prices for households fell by 15% after the switch', claimant: 'Dainius Kreivys', role: 'Lithuanian Energy Minister', type: 'QUANTITY' },
    ],
    labels: ['Europe', 'Menu', 'Search'],
    absent: [
      'Home >',
      'Log in',
      'Listen to this article',
      'Photo:',
      'Getty Images',
      'The pipeline runs 508',
      'historic day',
      'Energy security is national security',
      'Most read',
      'Ten things',
      'Why are Baltic',
      'Opinion:',
      'You might also like',
      'grid deal',
      'nuclear plant',
      'Tags:',
    ],
  },
  {
    file: 'multi-paragraph-quotes.txt',
    title: 'Town votes to keep its library open',
    source: 'Rokiškis Sirena',
    claims: [
      { quote: 'The town council of Rokiškis voted on Wednesday', claimant: 'Rokiškis Sirena' },
      { quote: '2,300 residents had signed a petition', claimant: 'Agnė Vasiliauskienė', role: 'Council member', type: 'QUANTITY' },
      { quote: 'The library is the only place in town with free internet', claimant: 'Agnė Vasiliauskienė' },
      { quote: 'More than 400 people use it every week', claimant: 'Agnė Vasiliauskienė', type: 'QUANTITY' },
      { quote: 'Closing it would have saved just 60,000 euros a year', claimant: 'Agnė Vasiliauskienė', type: 'QUANTITY' },
      {
        quote: "The library's budget has doubled since 2015, he said",
        text: "The library's budget has doubled since 2015 while the number of loans has fallen by a third",
        claimant: 'Ramūnas Godeliauskas',
        role: 'Mayor',
        type: 'QUANTITY',
      },
      { quote: 'According to the mayor, the council will now have to cut', claimant: 'Ramūnas Godeliauskas', role: 'Mayor', type: 'PREDICTION' },
      { quote: 'We will open on Sundays from next month', claimant: 'Jonas Kairys', role: "the library's director", type: 'PREDICTION' },
      { quote: 'Officials said the final budget would be published', text: 'the final budget would be published in March', claimant: 'officials', type: 'PREDICTION' },
    ],
    absent: ['Mayor Ramūnas Godeliauskas disagreed', 'welcomed the vote', 'Town votes to keep'],
  },
  // Written with their expectations before the engine first ran on them. On that
  // first run 7 of their 13 attributed claimants were right; the general rules added
  // after it (leading clauses before the speaker, relative clauses in appositives,
  // "they" → a plural subject, words wink-nlp splits) brought them to 13.
  {
    file: 'held-out-fuel-tax.txt',
    title: 'Latvian parliament extends fuel tax cut',
    source: 'Baltic Times',
    claims: [
      { quote: "Latvia's parliament on Thursday extended a cut", claimant: 'Baltic Times', type: 'PREDICTION' },
      { quote: 'the cut had kept petrol prices below those', claimant: 'Arvils Ašeradens', role: 'Finance Minister' },
      { quote: 'Without it, a litre of diesel would cost 20 cents more', claimant: 'Arvils Ašeradens' },
      { quote: 'The opposition National Alliance voted against', claimant: 'Baltic Times' },
      { quote: 'the money should go to public transport instead', claimant: 'Raivis Dzintars' },
      // ", saying B" after the speaker's statement: B is a second claim of theirs, over its own clause.
      { quote: 'saying bus fares had risen by 40% in two years', text: 'bus fares had risen by 40% in two years', claimant: 'Raivis Dzintars', type: 'QUANTITY' },
      {
        quote: 'tax cuts on fuel mostly benefit wealthier households',
        claimant: 'Ieva Zariņa',
        role: 'chief economist at Citadele Bank',
        type: 'CORRELATION_CAUSATION',
      },
      { quote: 'the poorest fifth of households spend less than 2%', claimant: 'Ieva Zariņa', type: 'QUANTITY' },
      { quote: 'The cut was first introduced in 2022', claimant: 'Baltic Times' },
      { quote: 'no decision had been made', text: 'no decision had been made', claimant: 'Arvils Ašeradens' },
    ],
    labels: ['Politics'],
    absent: ['Economists were divided', 'RIGA'],
  },
  {
    file: 'held-out-air-pollution.txt',
    title: 'Study links air pollution to school absences',
    source: 'Health Desk',
    claims: [
      {
        quote: 'Children in areas with high levels of nitrogen dioxide',
        text: 'Children in areas with high levels of nitrogen dioxide miss more school days',
        claimant: 'a study published on Tuesday by researchers at Vilnius University',
      },
      { quote: 'The researchers analysed attendance records of 52,000 pupils', claimant: 'Health Desk', type: 'QUANTITY' },
      { quote: 'pupils living near busy roads were absent 1.8 days more', claimant: 'the researchers', type: 'QUANTITY' },
      { quote: 'traffic pollution affects children', claimant: 'Laura Petrauskaitė', role: 'lead author', type: 'CORRELATION_CAUSATION' },
      { quote: 'the effect was strongest among children with asthma', claimant: 'Laura Petrauskaitė' },
      { quote: 'it would install 30 new air quality sensors', claimant: "the city's environment department", type: 'PREDICTION' },
      { quote: 'the data could not prove that pollution caused the absences', claimant: 'Tomas Baranauskas' },
      { quote: 'Families near main roads tend to be poorer', claimant: 'Tomas Baranauskas', type: 'CORRELATION_CAUSATION' },
    ],
    absent: ['Not everyone is convinced', 'Read the full study'],
  },
  // Written blind, like the two above. First run, before any fix: every claim
  // found, no extra, no furniture; claimants right for 11 of 17 attributed claims
  // (company names after "the grid operator", "the company"/"it" for it, a street
  // name inside a "who" clause, "the council" named only as a subject before);
  // 17 of 19 asserted types right. The general rules that followed fixed all six.
  {
    file: 'blind-heat-wave.txt',
    title: "Heat wave strains Europe's power grids",
    source: 'Associated Press',
    // Since session 13 a kind before a name only describes it: "the grid operator Red Eléctrica" → Red Eléctrica.
    claims: [
      {
        quote: 'Electricity demand in Spain hit a record 41 gigawatts',
        text: 'Electricity demand in Spain hit a record 41 gigawatts on Tuesday as temperatures passed 44 degrees Celsius in parts of the country',
        claimant: 'Red Eléctrica',
        type: 'QUANTITY',
      },
      { quote: 'air conditioning accounted for about a third', claimant: 'Red Eléctrica', type: 'QUANTITY' },
      { quote: 'demand could rise further later in the week', claimant: 'Red Eléctrica', type: 'PREDICTION' },
      { quote: 'We have enough capacity, but the margins are tight', claimant: 'Marta Gil', role: 'Red Eléctrica spokesperson' },
      { quote: 'If the wind drops in the evening, prices will spike', claimant: 'Marta Gil', type: 'PREDICTION' },
      { quote: 'Wholesale power prices in Spain averaged 180 euros', claimant: 'OMIE', type: 'QUANTITY' },
      { quote: 'it had cut output at two reactors', claimant: 'EDF', type: 'CORRELATION_CAUSATION' },
      { quote: 'Environmental rules bar plants from discharging water', claimant: 'Associated Press', type: 'LAWS_RULES' },
      { quote: 'heat waves in the region have become five times more frequent', claimant: 'Pablo Ortega', type: 'QUANTITY' },
      { quote: 'such summers would become the norm by 2050', claimant: 'Pablo Ortega', type: 'PREDICTION' },
      { quote: 'the government would ask large industrial users', claimant: 'Teresa Ribera', role: 'Spain’s energy minister', type: 'PREDICTION' },
      { quote: 'no blackouts had been reported', claimant: 'Teresa Ribera' },
    ],
    absent: ['By Staff Reporter', 'MADRID', 'Are Europe’s grids ready', 'Not yet', 'Advertisement', "Heat wave strains"],
  },
  {
    file: 'blind-old-town.txt',
    title: 'Vilnius to ban cars from Old Town streets',
    source: 'LRT English',
    claims: [
      { quote: 'The Vilnius city council approved a plan on Thursday', claimant: 'LRT English' },
      { quote: 'traffic in the Old Town had grown by 25% since 2019', claimant: 'Vytautas Mitalas', role: 'Deputy Mayor', type: 'QUANTITY' },
      { quote: 'the closures would cut air pollution', claimant: 'Vytautas Mitalas', type: 'PREDICTION' },
      { quote: 'her sales fell by half when the street was closed', claimant: 'Laima Jonušienė', role: null },
      { quote: 'People will simply go to the malls', claimant: 'Laima Jonušienė', type: 'PREDICTION' },
      { quote: 'delivery vans will be allowed into the area', claimant: 'LRT English', type: 'PREDICTION' },
      { quote: 'Similar schemes in Ljubljana and Pontevedra increased', claimant: 'Vytautas Mitalas', type: 'CORRELATION_CAUSATION' },
      { quote: 'The plan will cost the city 3 million euros', claimant: 'the Vilnius city council', type: 'PREDICTION' },
    ],
    absent: ['Shop owners are worried', 'Mitalas rejected the criticism', 'Do you support', 'Tell us in the comments', 'Vilnius to ban cars'],
  },
  ...STYLE_FIXTURES,
  ...FORMAT_FIXTURES,
  ...UNSEEN_FIXTURES,
  ...THIRD_UNSEEN_FIXTURES,
  ...FOURTH_UNSEEN_FIXTURES,
  ...FIFTH_UNSEEN_FIXTURES,
  ...SIXTH_UNSEEN_FIXTURES,
  ...SEVENTH_UNSEEN_FIXTURES,
  ...NINTH_UNSEEN_FIXTURES,
  ...TENTH_UNSEEN_FIXTURES,
  ...ELEVENTH_UNSEEN_FIXTURES,
  ...TWELFTH_UNSEEN_FIXTURES,
  ...THIRTEENTH_UNSEEN_FIXTURES,
  ...FOURTEENTH_UNSEEN_FIXTURES,
  ...FIFTEENTH_UNSEEN_FIXTURES,
  ...SIXTEENTH_UNSEEN_FIXTURES,
  ...SEVENTEENTH_UNSEEN_FIXTURES,
  ...EIGHTEENTH_UNSEEN_FIXTURES,
  ...NINETEENTH_UNSEEN_FIXTURES,
  ...TWENTIETH_UNSEEN_FIXTURES,
  ...TWENTY_FIRST_UNSEEN_FIXTURES,
  ...TWENTY_SECOND_UNSEEN_FIXTURES,
  ...TWENTY_THIRD_UNSEEN_FIXTURES,
  ...TWENTY_FOURTH_UNSEEN_FIXTURES,
  ...TWENTY_FIFTH_UNSEEN_FIXTURES,
  ...EIGHTH_UNSEEN_FIXTURES,
];
