import type { Fixture } from './expectations';

// A sixteenth set of three articles, written with these expectations before the engine ran on them (issue
// #3), blind (written without reading the engine's code, its rules, its specs, the model card, the
// benchmarks' notes or the extraction commits' messages). Where the fifteenth set tried features, explainers
// and analysis, this one is the commonest input, ordinary British daily news, in two styles: BBC News online
// (a bus operator cutting routes: the operator and its managing director, the county council and its cabinet
// member for transport, a passenger, a campaign group's figures and its co-ordinator, a union and its regional
// organiser, "A Moorline spokesperson", a national rule; a council raising school meal prices: the council
// and its report, its cabinet member, a parents' group and its chair, a catering firm's statement, a
// charity's survey and its chief executive, the national infant meals scheme) and a regional evening paper
// (burglary figures: the police force's figures, a detective superintendent, the police and crime
// commissioner, a victim, a neighbourhood watch chair, "A Home Office spokesperson", the Office for National
// Statistics). Each carries its site's furniture: "Published …", "Share", "Save", a byline, "Image caption,
// …", "Image source, Getty Images", "Image: … (Image: …)", "Advertisement", "Read more: <headline>", "More on
// this story" and "Related topics" with their headlines, "Sign up to our … newsletter", "Comments (14)", and
// the police appeal "Anyone with information … call 101". All people, companies, councils, groups and places
// are invented (the Home Office, the Office for National Statistics, universal credit, England and Wales are
// real offices and places).
//
// Conventions, the earlier sets' where they speak: a person without titles, honorifics or ages ("Cabinet
// member for transport Sarah Okonjo", "Detective Superintendent Mark Havers", "Mrs Drewe", "Councillor
// Rachel Ebdon", "Pat Ridley, 74" → the name); a body with its article as introduced ("the Road Transport
// Workers' Union", "the Harcastle Parents' Forum", "the Office for National Statistics"; "Moorline Buses",
// "Kestrelshire Police", "Wendlecombe County Council", "Harcastle Borough Council", "Greenplate Catering"
// have none), and its short name or kind later ("the company", "Moorline", "The group says", "the force",
// "the figures show", "The report said", "Greenplate said", "The firm said") is that body; a body's kind
// before its name is no part of it ("the campaign group Better Buses Wendlecombe" → 'Better Buses
// Wendlecombe', "the charity Food for Schools" → 'Food for Schools'); a report, figures or a survey their
// maker's ("Figures compiled by the campaign group …", "according to figures from Kestrelshire Police", "The
// figures show the force recorded …", "according to a council report", "A survey by the charity … found");
// the lede's "the council has confirmed", its maker named in the next paragraph, is that council, as the
// twelfth set's "a study has found"; a spokesperson named by the body as an adjective ("A Moorline
// spokesperson", "A Home Office spokesperson", and "The spokesperson added/said" after it) is the body, with
// the article the text gives it elsewhere ('Moorline Buses', 'the Home Office'); "Its chair", "Its
// co-ordinator", "Its chief executive" are the persons named; background in a relative clause ("who lives in
// Stowbury", "whose home in Westfield Road was burgled in August", "who chairs the Westfield Neighbourhood
// Watch", "which holds the council's contract until 2028", "which runs services in three counties") is not a
// claim of its own; the reporter's narration of a body's acts ("The charity surveyed 2,300 parents", "The
// meals are provided by Greenplate Catering", "Kestrelshire Police … employs about 2,100 officers") and a
// rule's content ("Under national rules, operators must give 70 days' notice …", "All infant pupils … are
// entitled to free school meals") are the publisher's, the rule's type LAWS_RULES; a sentence with two
// checkable clauses joined by "and", "but" or "while" is two claims, one quote in each; of a sentence with an
// opinion and a checkable clause ("free school meals should be given to every primary pupil in England, as
// they already are in Wales") the checkable clause is quoted and the opinion is not in `absent`.
// New conventions, where the earlier sets are silent:
// - The source (the claimant of what no one else is said to say) is the outlet whose style the article
//   takes: 'BBC News' (bus routes, school meals), 'Aldborough Evening Post' (burglaries), the paper named
//   in the image credit.
// - A police and crime commissioner speaks in her own name, not the force's ("Kestrelshire's police and
//   crime commissioner, Alison Drewe, said the force had lost …" → 'Alison Drewe'), and a police officer who
//   is named likewise ('Mark Havers'), as a named spokesperson is the person.
// - A pledge with a date ("From next month, every reported burglary will be attended by an officer") is a
//   checkable claim of the speaker's; its type is not asserted.
// - Non-claims in `absent`: feelings ("I just don't feel safe in my own home any more", "Without that bus
//   I'm stuck", "It feels like children are paying for the council's mistakes"), an operator's and a
//   police officer's reassurance ("This is not a decision we have taken lightly", "We know how distressing
//   it is …"), a campaigner's rhetoric and question ("People are being cut off …", "Where does it end?"),
//   judgements ("Nobody wants to put prices up, but …", "Hungry children cannot learn", "People want to
//   help, but they need to know someone is listening"), the police appeal, the titles and the furniture.
// Types are asserted only where sure; roles are not asserted.
//
// Written blind, not yet run: the first run is the lead's. 55 claims expected, 47 of them attributed
// (claimant not the source): bus-route-cuts 20 (17 attributed), burglary-figures 18 (17), school-meals-price
// 17 (13).

// First run by the lead (engine 1.4.6 as on main at a9e6746, after all of the session's fixes from the fifth to
// fifteenth sets, none from this set; npx tsx bench/lab/unseen-figures.ts sixteenth -v), against these expectations as
// first written:
//   {"expected":55,"found":55,"notExpected":11,"attributed":47,"claimantRight":37,"roles":0,"rolesRight":0,"types":37,"typesRight":30}
// After the session's general fixes (engine as on main at bece167, extraction last changed there), the set fitted to
// the fixture spec:
//   {"expected":55,"found":55,"notExpected":11,"attributed":47,"claimantRight":41,"roles":0,"rolesRight":0,"types":30,"typesRight":30}
// the six claimant misses marked NOT YET MET below, three of them differences of convention ("Home Office" for "the
// Home Office" twice, the text never writing "the Home Office"; "the council" in the lede before the council is
// named) and three engine misses ("according to a council report" and "The report said" given to "a council
// report", not its maker, Harcastle Borough Council; the catering firm's "The firm said" given to the Harcastle
// Parents' Forum); the claimants the first run got wrong and this engine gets right marked "Met since session 13"
// with the first run's name (from a rerun of the first-run engine, which gives the recorded line); the seven wrong
// types not asserted; the 11 sentences returned that are no claim (reassurance, feelings, rhetoric, judgements)
// moved from absent to knownExtras, one of them furniture, NOT YET MET: the police appeal "Anyone with information
// … call 101 or Crimestoppers …". No other furniture is returned.
// Since session 14 (engine 1.4.7) five of these are met too, the three of convention and the council report's two,
// marked "Met since session 14" below.
export const SIXTEENTH_UNSEEN_FIXTURES: Fixture[] = [
  {
    file: 'bus-route-cuts.txt',
    title: 'Bus firm to axe 14 routes leaving villages with no service',
    source: 'BBC News',
    claims: [
      { quote: 'A bus operator is to withdraw 14 routes across Wendlecombe in April', claimant: 'BBC News' },
      { quote: 'the routes carried fewer than 20 passengers a day on average', claimant: 'Moorline Buses', type: 'QUANTITY' },
      { quote: 'had lost money for more than five years', claimant: 'Moorline Buses' },
      { quote: 'fuel and wage costs had risen by 22% since 2023', claimant: 'Graham Tulley', type: 'QUANTITY' },
      // Type NOT YET MET: QUANTITY as written first; the engine's type differs, so not asserted.
      { quote: 'it paid the operator £1.8m a year to run services', claimant: 'Wendlecombe County Council' },
      { quote: 'the council had been told about the cuts only two weeks ago', claimant: 'Sarah Okonjo' },
      { quote: 'the council would hold talks with two other operators next week', claimant: 'Sarah Okonjo', type: 'PREDICTION' },
      // Type NOT YET MET: QUANTITY as written first; the engine's type differs, so not asserted.
      { quote: 'its budget for supported buses had already been cut by £400,000 this year', claimant: 'Sarah Okonjo' },
      { quote: 'the 38 was the only way she could get to her GP surgery in Harrowfield', claimant: 'Pat Ridley' },
      { quote: "I don't drive and there is no train station in the village", claimant: 'Pat Ridley' },
      { quote: 'the number of miles run by local buses in the county fell by 31% between 2015 and 2025', claimant: 'Better Buses Wendlecombe', type: 'QUANTITY' },
      { quote: '47 villages in the county now have no bus on a Sunday', claimant: 'Better Buses Wendlecombe', type: 'QUANTITY' },
      { quote: 'the latest cuts would leave another nine villages without any weekday service', claimant: 'Tom Aske', type: 'PREDICTION' },
      { quote: "23 drivers' jobs were at risk at the company's Harrowfield depot", claimant: "the Road Transport Workers' Union", type: 'QUANTITY' },
      { quote: 'Moorline had made a profit of £3.4m last year', claimant: 'Jill Mackay', type: 'QUANTITY' },
      // Met since session 13 (the first run named "Moorline").
      { quote: 'the profit figure related to the whole group', claimant: 'Moorline Buses' },
      // Met since session 13 (the first run named "Moorline").
      { quote: 'its Wendlecombe division had lost £610,000 in the same period', claimant: 'Moorline Buses', type: 'QUANTITY' },
      // Met since session 13 (the first run named "Moorline").
      { quote: 'drivers at the depot would be offered work on other routes', claimant: 'Moorline Buses', type: 'PREDICTION' },
      { quote: "operators must give 70 days' notice before withdrawing or changing a registered bus route", claimant: 'BBC News', type: 'LAWS_RULES' },
      { quote: 'The changes will take effect on 6 April', claimant: 'BBC News', type: 'PREDICTION' },
    ],
    // Non-claims the engine returns (first run): the operator's reassurance, the passenger's feeling and the campaigner's
    // rhetoric, listed in absent as first written.
    knownExtras: ['This is not a decision we have taken lightly', "Without that bus I'm stuck", 'People are being cut off'],
    absent: [
      'Bus firm to axe',
      'Published 3 hours ago',
      'Share',
      'Save',
      'Hannah Pelling',
      'Image caption',
      'is among the routes due to be withdrawn',
      'Advertisement',
      'Where does it end',
      'More on this story',
      'Village bus to run on Sundays',
      'Cap on single bus fares',
      'Related internet links',
    ],
  },
  {
    file: 'burglary-figures.txt',
    title: 'Burglaries up by a fifth in Aldborough as just 4% lead to a charge',
    source: 'Aldborough Evening Post',
    claims: [
      { quote: 'Burglaries in Aldborough rose by 21% in the year to September', claimant: 'Kestrelshire Police', type: 'QUANTITY' },
      { quote: 'the force recorded 3,412 residential burglaries in the twelve months', claimant: 'Kestrelshire Police', type: 'QUANTITY' },
      // Type NOT YET MET: QUANTITY as written first; the engine's type differs, so not asserted.
      { quote: 'Only 4% of burglaries led to someone being charged', claimant: 'Kestrelshire Police' },
      { quote: 'a small number of prolific offenders were responsible for much of the rise', claimant: 'Mark Havers' },
      { quote: 'officers had arrested 38 people since June', claimant: 'Mark Havers', type: 'QUANTITY' },
      { quote: 'the force had lost 240 officers between 2010 and 2019', claimant: 'Alison Drewe', type: 'QUANTITY' },
      { quote: 'was only now getting back to those numbers', claimant: 'Alison Drewe' },
      // Type NOT YET MET: QUANTITY as written first; the engine's type differs, so not asserted.
      { quote: 'she had set aside £650,000 from her budget to pay for extra patrols', claimant: 'Alison Drewe' },
      { quote: 'every reported burglary will be attended by an officer', claimant: 'Alison Drewe' },
      { quote: 'thieves took jewellery worth £8,000 while the family was on holiday', claimant: 'Kamala Rao' },
      { quote: 'it took officers four days to come and take fingerprints', claimant: 'Kamala Rao' },
      { quote: 'the group had grown from 60 members to more than 400 since the spring', claimant: 'Dennis Hollis', type: 'QUANTITY' },
      { quote: 'residents had reported 17 suspicious vehicles to police in October alone', claimant: 'Dennis Hollis', type: 'QUANTITY' },
      { quote: 'had heard back about only two', claimant: 'Dennis Hollis' },
      // Met since session 14 (the first run named "Home Office").
      { quote: 'burglary in England and Wales had fallen by more than half over the past decade', claimant: 'the Home Office', type: 'QUANTITY' },
      // Met since session 14 (the first run named "Home Office").
      // Type NOT YET MET: PREDICTION as written first; the engine's type differs, so not asserted.
      { quote: 'put 13,000 additional neighbourhood officers on the streets by 2029', claimant: 'the Home Office' },
      { quote: 'the charge rate for burglary was 5.8% in the year to June', claimant: 'the Office for National Statistics', type: 'QUANTITY' },
      { quote: 'employs about 2,100 officers', claimant: 'Aldborough Evening Post', type: 'QUANTITY' },
    ],
    // Non-claims the engine returns (first run): the detective's reassurance, the victim's feeling and the watch chair's
    // judgement, listed in absent as first written.
    // NOT YET MET, furniture returned (so on the first run): the police appeal at the foot ("Anyone with information
    // about burglaries in the area is asked to call 101 or Crimestoppers …") comes back as a claim; listed in absent as
    // first written, 'Crimestoppers' with it.
    knownExtras: ['We know how distressing it is', "I just don't feel safe", 'someone is listening', 'Anyone with information'],
    absent: [
      'Burglaries up by a fifth',
      'Chris Marden',
      'Crime reporter',
      'Published: 14:32',
      'Updated: 16:05',
      'Share',
      'Image: Police at a house',
      'determined to catch the people responsible',
      'Advertisement',
      'Read more',
      'Man jailed after string of garage break-ins',
      'Crimestoppers',
      'Sign up to our crime and courts newsletter',
      'Comments (14)',
    ],
  },
  {
    file: 'school-meals-price.txt',
    title: 'School meal prices to rise by 40p a day in Harcastle',
    source: 'BBC News',
    claims: [
      // Met since session 14 (the first run named "the council").
      { quote: 'The price of a school dinner in Harcastle is to rise from £2.60 to £3 from January', claimant: 'Harcastle Borough Council' },
      { quote: 'the cost of providing each meal had risen to £3.45', claimant: 'Harcastle Borough Council', type: 'QUANTITY' },
      // Met since session 14 (the first run named "a council report").
      { quote: 'The increase applies to about 14,000 pupils at 52 primary schools', claimant: 'Harcastle Borough Council', type: 'QUANTITY' },
      // Met since session 14 (the first run named "a council report").
      { quote: 'the subsidy for school meals cost the council £1.1m last year', claimant: 'Harcastle Borough Council', type: 'QUANTITY' },
      { quote: 'the authority had held its price for three years', claimant: 'Rachel Ebdon' },
      { quote: 'food costs rose by almost a third', claimant: 'Rachel Ebdon', type: 'QUANTITY' },
      { quote: 'families on universal credit with a household income below £7,400 a year would still get free meals', claimant: 'Rachel Ebdon' },
      // Type NOT YET MET: QUANTITY as written first; the engine's type differs, so not asserted.
      { quote: 'the rise would cost a family with two children at primary school about £152 a year', claimant: "the Harcastle Parents' Forum" },
      { quote: '600 parents had signed a letter asking the council to delay the increase', claimant: 'Leanne Fortune', type: 'QUANTITY' },
      { quote: 'The meals are provided by Greenplate Catering', claimant: 'BBC News' },
      // Met since session 13 (the first run named "Greenplate").
      { quote: 'fresh vegetables had gone up by 27% since 2023', claimant: 'Greenplate Catering', type: 'QUANTITY' },
      // NOT YET MET: the engine names "the Harcastle Parents' Forum" (the first run named "Greenplate"): "The firm
      // said", after "In a statement, Greenplate said", is read as the parents' forum named earlier.
      { quote: 'the amount it charged the council per meal had risen by 9%', claimant: 'Greenplate Catering', type: 'QUANTITY' },
      // Type NOT YET MET: QUANTITY as written first; the engine's type differs, so not asserted.
      { quote: 'one in five parents in the north of England had cut back on their own meals', claimant: 'Food for Schools' },
      { quote: 'The charity surveyed 2,300 parents in October', claimant: 'BBC News' },
      { quote: 'as they already are in Wales', claimant: 'Omar Siddiqui' },
      { quote: 'All infant pupils in England, from reception to year two, are entitled to free school meals', claimant: 'BBC News', type: 'LAWS_RULES' },
      { quote: "The council's cabinet will formally approve the change at a meeting on 11 December", claimant: 'BBC News', type: 'PREDICTION' },
    ],
    // Non-claims the engine returns (first run): the cabinet member's and the chair's judgement and feeling, the chief
    // executive's rhetoric (two sentences of one quotation), listed in absent as first written.
    knownExtras: [
      'Nobody wants to put prices up',
      "paying for the council's mistakes",
      'Hungry children cannot learn',
      'as simple as that',
    ],
    absent: [
      'School meal prices to rise by 40p',
      'Published 26 November 2026',
      'Share',
      'Save',
      'Rebecca Lowe',
      'Image source',
      'Getty Images',
      'Image caption',
      'will pay £3 for a hot meal',
      'Related topics',
      'More on this story',
      'Breakfast clubs to open',
      'Council tax set to rise',
    ],
  },
];
