import type { Fixture } from './expectations';

// A nineteenth set of three articles, written with these expectations before the engine ran on them (issue
// #3), blind (written without reading the engine's code, its rules, its specs, the model card, the benchmarks'
// notes or any commit message). Where the ninth set was American wire copy, this one is the American metro
// daily and regional paper writing its own local news: a city council's vote to cap rent increases (the mayor,
// two dissenting council members, the city housing department's data, a landlords' association and its
// executive director, a tenants' union organizer, a renter, the ordinance and state law), a manufacturer's
// layoff notice (its WARN notice filed with the state, its named spokeswoman, a union local's president, the
// state labor department's data, a county economic development official, a worker, the federal WARN rule) and
// schools closed by wildfire smoke ("district officials", the state air quality agency's readings and guidance,
// the superintendent, a pediatrician, the county health officer, a parent, the National Weather Service,
// "Forecasters", the state fire agency's figures). Each carries a metro site's furniture: a byline with an
// e-mail address or a staff line, "Published …"/"Updated …" with "a.m."/"p.m. ET/PT", "Share" and "Share on
// Facebook | Share on X | Email", a photo caption with its credit in brackets, "ADVERTISEMENT"/"Advertisement",
// "RELATED: <headline>", a reporter's tagline, a news-tip line, a copyright line. All people, cities, counties,
// companies, unions, schools and agencies are invented (the National Weather Service, the WARN notice, the
// federal 24-hour particle standard, Mexico and Ohio are real).
//
// Conventions, the earlier sets' where they speak: a person without titles, honorifics or ages ("Mayor Denise
// Albright", "Councilmembers Rick Tanaka and Joan Pruitt", "Superintendent Michael Arceneaux", "Dr. Anjali
// Reyes-Monroe", "Sagebrush County Health Officer Dr. Thomas Whitlock", "Luis Bermudez, 52" → the name); the
// verb before the speaker ("… since 2020," said Greg Hollins, the association's executive director) is the
// speaker's, as in the ninth set; a body with its article as the text introduces it ("the Lakeport Housing
// Department", "the Lakeport Apartment Owners Association", "the state Department of Labor and Industry", "the
// state Office of Air Quality", "the state Division of Forestry and Fire Protection", "the National Weather
// Service"; "Kessler-Barr Manufacturing" has none), and its short name or kind later ("department data show",
// "The data also show", "the company", "the department's data show", "The agency's monitor") is that body; a
// notice, data, readings or guidance their maker's ("according to a notice the company filed with the state"
// and "The … notice … says" → 'Kessler-Barr Manufacturing', the state being where it was filed; "Under
// guidance from the state Office of Air Quality, schools should …" → that office, LAWS_RULES); a named
// spokesperson is the person named, as in the ninth set ("Company spokeswoman Tara Lindqvist said" → 'Tara
// Lindqvist'); an unnamed group as written ("district officials said" → 'district officials', "Forecasters
// said" → 'forecasters', lower case as "officials" in the earlier sets); background in a relative clause or an
// appositive ("who campaigned on the issue", "which represents about 1,100 property owners", "which represents
// about 310 of the plant's hourly workers", "an assembler at the plant for 23 years", "whose son is in second
// grade at Manzanita Elementary") is not a claim of its own; the reporter's narration of acts and rules ("The
// Lakeport City Council voted 7-2 …", "Councilmembers … voted against the measure", "Whitlock has issued a
// health advisory …", "Under the ordinance, landlords can seek …", "State law bars …", "Federal law requires
// …", "The plant opened in 1964 …") is the publisher's, a rule's type LAWS_RULES; "X did not respond to a
// request for comment" and "X did not say whether …" are no claims, as in the ninth set.
// New conventions, where the earlier sets are silent:
// - The source (the claimant of what no one else is said to say) is the paper named in the photo credit:
//   'Lakeport Tribune', 'Dunmore Herald-Dispatch', 'Pinecrest Ledger'.
// - A statement with the speaker's "he said"/"she said" after it, with no quotation marks ("A state
//   rapid-response team will hold job fairs …, she said", "The district will decide by 6 p.m. Wednesday …, he
//   said"), is the speaker's, the pronoun's antecedent being the speaker of the sentence before.
// - Two people named as one subject of the reporter's narration ("Councilmembers Rick Tanaka and Joan Pruitt
//   voted against the measure") is the publisher's claim; "Tanaka said" after it is Rick Tanaka.
// - Non-claims in `absent`: a mayor's framing ("This is about whether teachers and nurses can afford …"), a
//   company's and a union's characterisations ("it is not a reflection of the work …", "They took the
//   concessions and left anyway"), feelings and hypotheticals ("I just want to know I can stay", "I don't know
//   what's left in this town …", "If this goes on all week, that's a week of pay gone", "We'd rather lose a day
//   of instruction …", "Nobody on the council seems to understand that"), a question as a subheading, the
//   no-comment lines, the titles and the furniture.
// Types are asserted only where sure; roles are not asserted.
//
// Written blind, not yet run: the first run is the lead's. 51 claims expected, 44 of them attributed
// (claimant not the source): rent-control-vote 17 (13 attributed), plant-layoffs 17 (15), wildfire-smoke-schools
// 17 (16).

// First run by the lead (engine 1.4.6 as on main at 444ef1c, the session's final engine before this set's own fixes;
// npx tsx bench/lab/unseen-figures.ts nineteenth -v), against these expectations as first written:
//   {"expected":51,"found":51,"notExpected":11,"attributed":44,"claimantRight":33,"roles":0,"rolesRight":0,"types":36,"typesRight":30}
// After the session's general fixes (engine as on main at 7175f82, extraction 1.4.6 last changed there), the set
// fitted to the fixture spec:
//   {"expected":51,"found":51,"notExpected":11,"attributed":44,"claimantRight":37,"roles":0,"rolesRight":0,"types":30,"typesRight":30}
// the seven claimant misses marked NOT YET MET below, all engine misses, none a difference of convention: "The data
// also show" given to "the data", not the Lakeport Housing Department; "Tanaka said" given to "Tanaka", not Rick
// Tanaka (named in full in a sentence naming two); "according to a notice the company filed with the state" given
// to the notice and "The Worker Adjustment and Retraining Notification notice … says" to "Retraining Notification",
// not Kessler-Barr Manufacturing; "The agency's monitor … recorded" and "Under guidance from the state Office of
// Air Quality" given to the publisher; "the state Division of Forestry and Fire Protection" cut to "Fire
// Protection"; the claimants the first run got wrong and this engine gets right marked "Met since session 13" with
// the first run's name (from a rerun of the first-run engine, which gives the recorded line); the six wrong types
// not asserted; the 11 sentences returned that are no claim moved to knownExtras: seven moved from absent
// (characterisations, feelings, rhetoric, a hypothetical), three second sentences of quotations the set neither
// expected nor listed ("My kids went to Jefferson Elementary", "My uncle worked here", "An N95 that fits properly
// does"), and one furniture moved from absent, NOT YET MET: the author's note "Kyle Brandt covers business and
// labor for the Herald-Dispatch." No other furniture is returned: the e-mail lines, the byline and "did not
// respond" stay out.
// Since session 14 (engine 1.4.7) five of these are met, marked "Met since session 14" below: two claimant misses
// left, the WARN notice's "says" and the agency's monitor.
export const NINETEENTH_UNSEEN_FIXTURES: Fixture[] = [
  {
    file: 'rent-control-vote.txt',
    title: 'Lakeport council caps rent increases at 5% in 7-2 vote',
    source: 'Lakeport Tribune',
    claims: [
      { quote: 'voted 7-2 Tuesday night to cap annual rent increases', claimant: 'Lakeport Tribune' },
      { quote: 'applies to about 41,000 units', claimant: 'the Lakeport Housing Department', type: 'QUANTITY' },
      { quote: 'Median rent for a one-bedroom apartment in the city rose 38%', claimant: 'the Lakeport Housing Department', type: 'QUANTITY' },
      // Met since session 14 (the first run named "the data").
      { quote: 'evictions for nonpayment reached 3,912 last year', claimant: 'the Lakeport Housing Department', type: 'QUANTITY' },
      { quote: 'would keep roughly 9,000 households from being priced out', claimant: 'Denise Albright', type: 'PREDICTION' },
      { quote: 'she would sign the ordinance Friday', claimant: 'Denise Albright', type: 'PREDICTION' },
      { quote: 'Rick Tanaka and Joan Pruitt voted against the measure', claimant: 'Lakeport Tribune' },
      // Met since session 14 (the first run named "Tanaka").
      { quote: 'developers had already withdrawn plans for 600 units', claimant: 'Rick Tanaka' },
      { quote: 'the cap would force small landlords to put off repairs', claimant: 'the Lakeport Apartment Owners Association', type: 'PREDICTION' },
      { quote: 'Property taxes and insurance premiums for our members have gone up more than 60%', claimant: 'Greg Hollins', type: 'QUANTITY' },
      { quote: 'would ask voters to overturn the ordinance through a referendum', claimant: 'Greg Hollins', type: 'PREDICTION' },
      { quote: 'had collected more than 14,000 signatures', claimant: 'Brianna Castillo', type: 'QUANTITY' },
      { quote: 'the 5% limit was still higher than wage growth in the city', claimant: 'Brianna Castillo' },
      // Type NOT YET MET: PERSONAL_EXPERIENCE as written first; the engine's type differs, so not asserted.
      { quote: 'went from $1,650 to $2,100 in a single increase', claimant: 'Luis Bermudez' },
      { quote: "I've lived there 19 years", claimant: 'Luis Bermudez', type: 'PERSONAL_EXPERIENCE' },
      // Type NOT YET MET: LAWS_RULES as written first; the engine's type differs, so not asserted.
      { quote: 'landlords can seek larger increases by petitioning a new rent board', claimant: 'Lakeport Tribune' },
      { quote: 'State law bars rent control on single-family homes', claimant: 'Lakeport Tribune', type: 'LAWS_RULES' },
    ],
    // Non-claims the engine returns (first run): the landlords' director's rhetoric and the tenant's feeling, listed in
    // absent as first written, and the second sentence of the tenant's quotation ("My kids went to Jefferson
    // Elementary"), background the set neither expected nor listed.
    knownExtras: [
      'Nobody on the council seems to understand',
      'My kids went to Jefferson Elementary',
      'I just want to know I can stay',
    ],
    absent: [
      'By Daniel Ferreira',
      'dferreira@lakeporttribune.com',
      'Published Nov. 25',
      'Updated Nov. 26',
      'Share',
      'Renters and landlords packed the council chambers',
      'Marisol Vega',
      'whether teachers and nurses can afford',
      'Pruitt did not respond',
      'ADVERTISEMENT',
      'RELATED:',
      'downtown parking garage sale',
      'Copyright 2026',
      'All rights reserved',
      'Lakeport council caps rent increases',
    ],
  },
  {
    file: 'plant-layoffs.txt',
    title: 'Kessler-Barr to cut 430 jobs at Dunmore plant, end production by spring',
    source: 'Dunmore Herald-Dispatch',
    claims: [
      // Met since session 14 (the first run named "a notice the company filed with the state").
      { quote: 'will lay off 430 workers at its Dunmore plant', claimant: 'Kessler-Barr Manufacturing', type: 'PREDICTION' },
      // NOT YET MET: the engine names "Retraining Notification" (so on the first run): "The Worker Adjustment and
      // Retraining Notification notice, filed Friday with the state …, says" is cut inside the notice's name and not
      // read as the company's.
      { quote: 'the first 180 layoffs will take effect Jan. 23', claimant: 'Kessler-Barr Manufacturing', type: 'PREDICTION' },
      { quote: 'requires employers with 100 or more workers', claimant: 'Dunmore Herald-Dispatch', type: 'LAWS_RULES' },
      { quote: "the work would move to the company's plant in Mexico", claimant: 'Tara Lindqvist', type: 'PREDICTION' },
      { quote: 'demand for the pumps had fallen 22% since 2023', claimant: 'Tara Lindqvist' },
      { quote: "one week's pay for each year of service", claimant: 'Tara Lindqvist' },
      { quote: 'the union learned of the closure the same morning', claimant: 'Ray Dombrowski' },
      { quote: 'the local had agreed to a wage freeze in 2024', claimant: 'Ray Dombrowski' },
      { quote: 'Manufacturing employment in Tessaly County has fallen by about 2,600 jobs', claimant: 'the state Department of Labor and Industry', type: 'QUANTITY' },
      { quote: "The county's unemployment rate was 4.9% in October", claimant: 'the state Department of Labor and Industry', type: 'QUANTITY' },
      { quote: 'had already contacted three manufacturers in the region', claimant: 'Pamela Greer' },
      // Type NOT YET MET: QUANTITY as written first; the engine's type differs, so not asserted.
      { quote: 'the plant paid about $21 million a year in wages', claimant: 'Pamela Greer' },
      { quote: 'would cost the county roughly $1.3 million', claimant: 'Pamela Greer', type: 'PREDICTION' },
      { quote: 'A state rapid-response team will hold job fairs', claimant: 'Pamela Greer', type: 'PREDICTION' },
      { quote: 'would both lose their jobs in the first round', claimant: 'Tonya Reese' },
      // Type NOT YET MET: PERSONAL_EXPERIENCE as written first; the engine's type differs, so not asserted.
      { quote: 'My dad worked here', claimant: 'Tonya Reese' },
      { quote: 'The plant opened in 1964', claimant: 'Dunmore Herald-Dispatch' },
    ],
    // Non-claims the engine returns (first run): the company's and the union's characterisations and the worker's
    // feeling, listed in absent as first written, and the second sentence of her quotation ("My uncle worked here"),
    // which the set neither expected nor listed.
    // NOT YET MET, furniture returned (so on the first run): the author's note at the foot ("Kyle Brandt covers
    // business and labor for the Herald-Dispatch.") comes back as a claim; listed in absent as first written, the
    // e-mail address after it ('kbrandt@dunmoreherald.com') still out.
    knownExtras: [
      'not a reflection of the work',
      'They took the concessions',
      'My uncle worked here',
      "I don't know what's left in this town",
    ],
    absent: [
      // Met since session 14 (engine 1.4.7's furniture rules): no longer returned, so back in absent.
      'covers business and labor',
      'By Kyle Brandt',
      'Herald-Dispatch staff writer',
      'Updated 6:12',
      'Share on Facebook',
      'Workers leave the Kessler-Barr',
      'Erin Castellano',
      'Advertisement',
      'did not say whether it would sell',
      'RELATED:',
      'tax break for warehouse',
      'kbrandt@dunmoreherald.com',
      'Kessler-Barr to cut 430 jobs',
    ],
  },
  {
    file: 'wildfire-smoke-schools.txt',
    title: 'Smoke from Coyote Ridge fire closes Alder Creek schools for second day',
    source: 'Pinecrest Ledger',
    claims: [
      { quote: 'All 14 schools in the Alder Creek Unified School District will be closed', claimant: 'district officials', type: 'PREDICTION' },
      { quote: 'The air quality index in Alder Creek reached 287', claimant: 'the state Office of Air Quality', type: 'QUANTITY' },
      // NOT YET MET: the engine names "Pinecrest Ledger", the publisher (so on the first run): "The agency's monitor at
      // Pinecrest Airport recorded" is not read as the state Office of Air Quality's.
      { quote: 'recorded fine particle levels of 236 micrograms', claimant: 'the state Office of Air Quality', type: 'QUANTITY' },
      // Met since session 14 (the first run named "Pinecrest Ledger", the publisher).
      // Type NOT YET MET: LAWS_RULES as written first; the engine's type differs, so not asserted.
      { quote: 'schools should keep students indoors when the index is above 150', claimant: 'the state Office of Air Quality' },
      { quote: 'older buildings do not have air filtration systems', claimant: 'Michael Arceneaux' },
      { quote: "nine of the district's 14 schools had their ventilation upgraded", claimant: 'Michael Arceneaux', type: 'QUANTITY' },
      { quote: 'will decide by 6 p.m. Wednesday whether to reopen', claimant: 'Michael Arceneaux', type: 'PREDICTION' },
      // Met since session 13 (the first run named "Anjali Reyes").
      { quote: 'children breathe more air per pound of body weight', claimant: 'Anjali Reyes-Monroe' },
      // Met since session 13 (the first run named "Anjali Reyes").
      { quote: 'about twice the usual number of children with asthma', claimant: 'Anjali Reyes-Monroe', type: 'QUANTITY' },
      // Met since session 13 (the first run named "Anjali Reyes").
      { quote: 'Cloth masks do almost nothing against this kind of smoke', claimant: 'Anjali Reyes-Monroe' },
      { quote: 'emergency room visits for breathing problems', claimant: 'Thomas Whitlock', type: 'QUANTITY' },
      { quote: 'has issued a health advisory through Friday', claimant: 'Pinecrest Ledger' },
      { quote: 'the county would open two', claimant: 'Thomas Whitlock', type: 'PREDICTION' },
      // Type NOT YET MET: PERSONAL_EXPERIENCE as written first; the engine's type differs, so not asserted.
      { quote: 'she had to take unpaid leave', claimant: 'Carla Jimenez' },
      { quote: 'winds were expected to shift to the west', claimant: 'the National Weather Service', type: 'PREDICTION' },
      // Met since session 13 (the first run named "Forecasters").
      { quote: 'a red flag warning for gusty winds and low humidity', claimant: 'forecasters', type: 'PREDICTION' },
      // Met since session 14 (the first run named "Fire Protection").
      { quote: 'had burned 38,400 acres', claimant: 'the state Division of Forestry and Fire Protection', type: 'QUANTITY' },
    ],
    // Non-claims the engine returns (first run): the superintendent's framing and the parent's hypothetical, listed in
    // absent as first written, and the second sentence of the pediatrician's quotation ("An N95 that fits properly
    // does"), which the set neither expected nor listed.
    knownExtras: [
      "We'd rather lose a day of instruction",
      'An N95 that fits properly does',
      "that's a week of pay gone",
    ],
    absent: [
      'By Jenna Whitcomb',
      'Published 5:30',
      'Updated 11:02',
      'Share on Facebook',
      'Haze hangs over',
      'Ben Ochoa',
      'ADVERTISEMENT',
      'How long will the smoke last',
      'RELATED:',
      'What the air quality index numbers mean',
      'Have a news tip',
      'newsroom@pinecrestledger.com',
      'Smoke from Coyote Ridge fire closes',
    ],
  },
];
