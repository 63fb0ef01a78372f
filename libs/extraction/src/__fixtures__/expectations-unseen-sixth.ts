import type { Fixture } from './expectations';

// A sixth set of three articles of ordinary news, written with these expectations before the engine
// (1.4.5, with the fifth set's rules) ran on them (issue #3): a factory closure (a company's statement and
// its chief executive, a union and its organiser, an MP, a worker, national figures, a department's
// spokesperson), a school inspection (a regulator's report and "Inspectors found", an interim head, a
// trust's chief executive, parents and an unnamed mother, a department) and a police appeal (the police, a
// detective, an arrest, residents, a councillor, national figures, a county council). The conventions are
// the earlier sets': groups as written ("inspectors", "parents", "police", "residents"), a body with its
// article and kind as introduced ("the GMB union"), an unnamed person by the phrase ("one mother", "a
// spokesperson for the Department for Business and Trade"; since session 13 the department's: a spokesperson for
// a body the text names is the body's), a report its maker's ("Ofsted's report").
//
// First run (engine 1.4.5, after the fifth set's rules), against these expectations as first written
// (npx tsx bench/lab/unseen-figures.ts sixth -v): 39 of 41 claims found ("This is about moving to where
// wages are cheaper" and the parents' "they had raised concerns …" dropped); no furniture; 7 other
// sentences returned, one a checkable clause the expectations had left out ("and that pedestrians
// accounted for about a quarter of them", added below) and 6 no claims (a chief executive's "extremely
// difficult decision", an accusation, a minister's readiness, "I want parents to know", an appeal and a
// wish for witnesses); claimants right for 23 of 31 attributed claims (74 %); types 14 of 16.
// After general fixes (see version.ts, 1.4.5): 41 of 42 found (the parents' statement to "the Hartwell
// Herald", whose "Herald" wink-nlp tags a verb, is back); claimants right for 28 of 32 (a group noun at a
// sentence's start in lower case, "told the newspaper they …", a relative clause with "which" about the
// speaker not counted against its length, "Bakeries" naming a business so that "the company" finds it).
// NOT YET MET items are marked as in the earlier sets.
// Engine 1.4.7 (session 14): "One mother, who asked not to be named" is 'one mother', marked "Met since session 14"
// below.
export const SIXTH_UNSEEN_FIXTURES: Fixture[] = [
  {
    file: 'factory-closure.txt',
    title: 'Biscuit factory to close with loss of 380 jobs',
    source: 'Bramford Gazette',
    claims: [
      { quote: 'is to close its factory in the town next year', claimant: 'Bramford Gazette', type: 'PREDICTION' },
      { quote: 'production would move to its plant in Poland by the end of June', claimant: 'Kelso Bakeries', type: 'PREDICTION' },
      { quote: 'the company blamed rising energy bills and the loss of a major contract', claimant: 'Kelso Bakeries' },
      { quote: "staff would be offered the chance to apply for jobs at the firm's distribution centre", claimant: 'Andrew Pym', type: 'PREDICTION' },
      { quote: 'The factory opened in 1962 and at its peak employed more than 1,100 people', claimant: 'Bramford Gazette', type: 'QUANTITY' },
      { quote: 'it had not been consulted', claimant: 'the GMB union' },
      { quote: 'Some of these people have worked here for thirty years', claimant: 'Lisa Cartwright' },
      { quote: 'The company made a profit of £14 million last year', claimant: 'Lisa Cartwright', type: 'QUANTITY' },
      // NOT YET MET: "This is about moving to where wages are cheaper, nothing else." is dropped (claimant Lisa Cartwright).
      { quote: 'he had written to the business secretary', claimant: 'Daniel Okoro' },
      { quote: 'unemployment was already above the national average', claimant: 'Daniel Okoro' },
      { quote: 'Unemployment in Bramford stood at 5.9% in September', claimant: 'the Office for National Statistics', type: 'QUANTITY' },
      // Types NOT YET MET (both): OTHER, not PERSONAL_EXPERIENCE (what happened to the speaker herself).
      { quote: "she found out from a colleague's phone", claimant: 'Sandra Hughes' },
      { quote: 'Nobody from management even came down to tell us', claimant: 'Sandra Hughes' },
      // Session 13's convention: a spokesperson for a body the text names is the body's ("A council spokesman" already was).
      { quote: 'a taskforce would be set up with the local council', claimant: 'the Department for Business and Trade', type: 'PREDICTION' },
    ],
    // A chief executive's regret, an accusation and a minister's readiness, which the engine returns.
    knownExtras: ['extremely difficult decision', 'treating loyal workers like a spreadsheet', 'ready to support workers affected'],
    absent: [],
  },
  {
    file: 'school-inspection.txt',
    title: 'Academy rated inadequate as inspectors find pupils "not safe"',
    source: 'Hartwell Herald',
    claims: [
      { quote: 'A secondary school in Hartwell has been rated inadequate', claimant: 'Hartwell Herald' },
      { quote: 'of behaviour in corridors and at lunchtimes', claimant: 'Ofsted' },
      { quote: 'more than a third of pupils had been excluded for at least a day', claimant: 'inspectors', type: 'QUANTITY' },
      { quote: 'was rated good at its last full inspection in 2019', claimant: 'Hartwell Herald' },
      { quote: 'resigned in October', claimant: 'Hartwell Herald' },
      { quote: 'the school accepted the findings in full', claimant: 'Joanne Price' },
      { quote: 'a new behaviour policy had been introduced this term', claimant: 'Joanne Price' },
      { quote: 'fixed-term exclusions had already fallen by 40%', claimant: 'Joanne Price', type: 'QUANTITY' },
      { quote: 'which runs 14 schools across the county', claimant: 'Hartwell Herald', type: 'QUANTITY' },
      { quote: 'it had appointed extra staff to supervise pupils between lessons', claimant: 'Simon Blake' },
      { quote: 'they had raised concerns for more than two years', claimant: 'parents' },
      // Met since session 14 (the engine had named "One mother, who asked not to be named", the relative clause kept).
      { quote: 'punched on the stairs and nobody did anything', claimant: 'one mother' },
      { quote: 'a school rated inadequate must be turned into an academy', claimant: 'Hartwell Herald', type: 'LAWS_RULES' },
      { quote: 'no decision had been taken', claimant: 'the Department for Education' },
      // Met since session 13: "Ofsted figures published in August" are Ofsted's.
      { quote: '4% of secondary schools were judged inadequate at their most recent inspection', claimant: 'Ofsted', type: 'QUANTITY' },
    ],
    knownExtras: ['I want parents to know'],
    absent: [],
  },
  {
    file: 'police-appeal.txt',
    title: 'Police appeal after pensioner seriously hurt in hit-and-run',
    source: 'Millbrook Mercury',
    claims: [
      { quote: 'A 78-year-old man is in a critical condition in hospital', claimant: 'Millbrook Mercury' },
      { quote: 'The man was crossing Station Road near the junction with Elm Grove', claimant: 'Westvale Police' },
      { quote: 'The car was driven off towards the town centre', claimant: 'Millbrook Mercury' },
      { quote: 'it may have damage to its front bumper and windscreen', claimant: 'officers' },
      { quote: 'must have known they had hit someone', claimant: 'Amy Lowther' },
      { quote: 'A 34-year-old man from Millbrook was arrested on Sunday', claimant: 'Millbrook Mercury' },
      { quote: 'He has been released on bail while inquiries continue', claimant: 'police' },
      { quote: 'the road had become a rat run', claimant: 'residents' },
      { quote: 'he had asked the county council for a pedestrian crossing at the junction three times since 2023', claimant: 'Peter Haines', type: 'QUANTITY' },
      { quote: "1,624 people were killed on Britain's roads in 2024", claimant: 'the Department for Transport', type: 'QUANTITY' },
      { quote: 'pedestrians accounted for about a quarter of them', claimant: 'the Department for Transport', type: 'QUANTITY' },
      { quote: 'a review of road safety on Station Road was under way', claimant: 'Westvale County Council' },
    ],
    // An appeal for footage and a wish to hear from garages, which the engine returns.
    knownExtras: ['She appealed for anyone with dashcam footage', 'keen to hear from any garage'],
    absent: [],
  },
];
