import type { Fixture } from './expectations';

// A twenty-first set of three articles, written with these expectations before the engine ran on them (issue
// #3), blind (written without reading the engine's code, its rules, its specs, the model card, the benchmarks'
// notes or any commit message). Like the seventeenth and nineteenth it is ordinary American news, here from a
// statehouse bureau and a business desk: a state Senate passing the budget (the governor and his named
// spokesman, the state budget office's figures, "Budget officials", the Senate majority and minority leaders, a
// nonpartisan fiscal office and its chief fiscal analyst, described first and named in the next sentence, a
// teachers' union and its president, the state constitution), an insurer's quarterly results (its filing with
// the Securities and Exchange Commission, its chief executive and chief financial officer on the earnings call,
// "Company officials", "Analysts at" a named firm, the state insurance commissioner, a state law, the Affordable
// Care Act, federal figures, a patient advocate and her coalition) and a transit agency's assault figures (the
// agency's data, its general manager with a long title, its police chief, a council member, a drivers' union
// president, a rider described first and named in the next sentence, an unnamed spokeswoman for the mayor,
// "Transit officials", a Federal Transit Administration rule). Each carries a US site's furniture: a byline
// with a staff title (and an e-mail address), "Published … ET | Updated … ET", share links, a photo caption
// with its credit in brackets, a dateline, "ADVERTISEMENT", "RELATED: <headline>", "Sign up for our
// newsletter: …", a correction line, a copyright line. All people, companies, unions, firms, papers, the
// Riverton transit authority and the fiscal office are invented (New Jersey, Trenton, Camden and Warren
// counties, Hartford, Asylum Street, the Securities and Exchange Commission, Medicare Advantage, the Affordable
// Care Act, the Centers for Medicare & Medicaid Services, the Federal Transit Administration, the National
// Transit Database and the 2017 shutdown are real).
//
// Conventions, the earlier sets' where they speak: a person without titles, honorifics or ages ("Gov. Harold
// Vance", "Senate Majority Leader Dolores Whitaker", "Chief Executive Officer Gregory Albrecht", "State
// Insurance Commissioner Raymond Okafor", "Riverton Regional Transit Authority General Manager and Chief
// Executive Officer Colleen Abernathy", "Transit Police Chief Darnell Hughes", "City Council member Victor
// Salcedo", "Tamika Flores, 38" → the name); the verb before the speaker ("… last spring," said Angela Mercado,
// the alliance's president) is the speaker's; a pronoun ("She said", "He said", "he asked") is the speaker of
// the sentence before; a body with its article as the text introduces it ("the state Office of Management and
// Budget", "the New Jersey Teachers Alliance", "the Patients First Coalition", "the Riverton Regional Transit
// Authority", "the Centers for Medicare & Medicaid Services"; "Harborline Health" has none), and its short name
// or kind later ("the office's figures show", "according to the budget office", "The insurer said", "The
// Hartford-based company reported", "the filing shows", "the company said", "The coalition estimates", "The
// agency recorded", "the data show") is that body; a filing or data their maker's ("according to a filing with
// the Securities and Exchange Commission" → 'Harborline Health', the commission being where it was filed;
// "according to data the agency released" → the transit authority); a named spokesperson is the person named
// ("A spokesman for the governor, Luis Ocampo, said" → 'Luis Ocampo', as "A spokeswoman for Ridgeport Water
// Works, Dana Kerrigan, said" in the seventeenth set, the name winning over the governor); an unnamed
// spokesperson for a named official is that official ("A spokeswoman for Mayor Gerald Pike said" → 'Gerald
// Pike', as in the tenth and seventeenth sets); an unnamed group as written, lower case ("Budget officials said"
// → 'budget officials', "Company officials said" → 'company officials', "Transit officials said" → 'transit
// officials'); background in a relative clause or an appositive ("a Democrat in his second term", "a former
// Treasury economist who has held the post since 2015", "which represents about 118,000 educators", "the share
// of premiums it spends on patient care", "which insures about 9.2 million people in 31 states", "which
// represents the agency's 1,900 bus operators", "who chairs the council's transportation committee") is not a
// claim of its own; the reporter's narration of acts, a schedule and rules ("The state Senate voted 25-15 …",
// "The Assembly passed the same bill Thursday", "Three other large insurers have cut their profit forecasts",
// "Harborline … will report fourth-quarter results in February", "The council's transportation committee will
// hold a hearing …", "The state constitution requires …", "State law requires …", "Under the Affordable Care
// Act, insurers must …", "A Federal Transit Administration rule … requires …") is the publisher's, a rule's type
// LAWS_RULES; the dateline ("TRENTON, N.J. —") is furniture and must not come back inside a claim; the source is
// the paper named in the photo credit and the copyright line: 'Garden State Courier', 'Connecticut Business
// Ledger', 'Riverton Daily Sentinel'.
// New conventions, where the earlier sets are silent:
// - A person described first and named only in the next sentence ("The office's chief fiscal analyst, a former
//   Treasury economist …, told the Senate Budget Committee in May that …" then "The analyst, Miriam Castellanos,
//   said Monday that …"; "A nurse who rides the Green Line … said she still avoids …" then "The rider, Tamika
//   Flores, 38, said …") is that person in both sentences: the description's claim is hers.
// - A descriptive adjective before a body's name is no part of it, as a title is no part of a person's ("The
//   nonpartisan Office of Legislative Budget Analysis estimated" → 'the Office of Legislative Budget Analysis').
// - "Analysts at <firm> said" is an unnamed group as written, lower case, with its firm: 'analysts at Brookfield
//   Ridge Securities' (not the firm: the note is the analysts').
// - A sentence whose subject is the reporter's and whose second half is another's is split as the earlier sets
//   split "and"/"but": in the insurer story the share drop is the publisher's and "The insurer said its
//   third-quarter profit dropped …" is a sentence of its own, the company's.
// - Non-claims in `absent`: a minority leader's characterisation without quotation marks ("called the budget a
//   spending spree dressed up as restraint"), judgements and feelings ("We made hard choices, and I think we made
//   the right ones", "We're relieved, but we're not celebrating", "I'm not going to pretend this was a good
//   quarter", "It feels like families are always the ones …", "I think riders have noticed the difference",
//   "Maybe it's better on paper", "I don't feel it yet"), questions ("Who is going to pay for that in 2028?",
//   "Are we safer, or are we just arresting more people …?", the reporter's "Is the worst over for managed care
//   stocks?") and the vague line after it ("Few on Wall Street are willing to say so"), the titles, the
//   correction lines (with the facts they restate: "The vote was 25-15", "There are 47") and the furniture.
// Types are asserted only where sure; roles are not asserted.
//
// Written blind, not yet run: the first run is the lead's. 60 claims expected, 46 of them attributed (claimant
// not the source): statehouse-budget-vote 21 (16 attributed), insurer-earnings-costs 21 (16),
// transit-assaults-data 18 (14).

// First run by the lead (engine 1.4.6 as on main at 8720669, the session-14 start engine, before any rule of session 14;
// npx tsx bench/lab/unseen-figures.ts twenty-first -v), against these expectations as first written:
//   {"expected":60,"found":59,"notExpected":14,"attributed":46,"claimantRight":33,"roles":0,"rolesRight":0,"types":38,"typesRight":35}
// With engine 1.4.7 (session 14's general rules, written from this set's and the twenty-first's/twentieth's first runs
// and from the misses left in the older fixtures), before this set was fitted to the fixture spec:
//   {"expected":60,"found":59,"notExpected":14,"attributed":46,"claimantRight":42,"roles":0,"rolesRight":0,"types":38,"typesRight":35}
export const TWENTY_FIRST_UNSEEN_FIXTURES: Fixture[] = [
  {
    file: 'statehouse-budget-vote.txt',
    title: 'Senate sends $54.1 billion budget to Vance a week before deadline',
    source: 'Garden State Courier',
    claims: [
      { quote: 'voted 25-15 Monday night to approve a $54.1 billion budget', claimant: 'Garden State Courier' },
      { quote: 'The Assembly passed the same bill Thursday', claimant: 'Garden State Courier' },
      { quote: 'All 15 Senate Republicans voted no', claimant: 'Garden State Courier' },
      { quote: 'increases spending by 3.8% over the current year', claimant: 'the state Office of Management and Budget', type: 'QUANTITY' },
      { quote: 'includes $11.6 billion in direct aid to school districts', claimant: 'the state Office of Management and Budget', type: 'QUANTITY' },
      { quote: 'he would sign the budget before the weekend', claimant: 'Harold Vance', type: 'PREDICTION' },
      { quote: 'puts a record amount of money into our classrooms', claimant: 'Harold Vance' },
      { quote: 'closes a projected $1.9 billion gap', claimant: 'Dolores Whitaker' },
      { quote: 'had cut about $740 million from the spending requests', claimant: 'Dolores Whitaker', type: 'QUANTITY' },
      { quote: 'will leave a hole of more than $3 billion', claimant: 'Carl Brenneman', type: 'PREDICTION' },
      { quote: 'faces structural deficits of $2.4 billion to $3.1 billion a year', claimant: 'the Office of Legislative Budget Analysis' },
      { quote: 'pension contributions alone would rise by $480 million', claimant: 'Miriam Castellanos', type: 'PREDICTION' },
      { quote: 'nothing in the final budget changes that outlook', claimant: 'Miriam Castellanos' },
      { quote: 'will end the current fiscal year with about $2.8 billion', claimant: 'budget officials', type: 'PREDICTION' },
      { quote: 'draws $650 million from that fund', claimant: 'the state Office of Management and Budget', type: 'QUANTITY' },
      { quote: 'would let most districts avoid layoffs next year', claimant: 'the New Jersey Teachers Alliance', type: 'PREDICTION' },
      { quote: 'Forty-one districts laid off teachers last spring', claimant: 'Angela Mercado', type: 'QUANTITY' },
      { quote: 'expects tax revenue to grow 2.5%', claimant: 'Luis Ocampo', type: 'PREDICTION' },
      { quote: 'had not yet seen the final bill text', claimant: 'Luis Ocampo' },
      { quote: 'requires the governor to sign a balanced budget by July 1', claimant: 'Garden State Courier', type: 'LAWS_RULES' },
      { quote: 'state parks and beaches closed for three days', claimant: 'Garden State Courier' },
    ],
    absent: [
      'Senate sends $54.1 billion budget to Vance',
      'By Rachel Odom',
      'Statehouse Bureau Chief',
      'Published June 23',
      'Updated June 24',
      'Share on Facebook',
      'speaks on the Senate floor Monday',
      'Tom Baskin',
      'TRENTON, N.J.',
      'We made hard choices',
      'spending spree dressed up as restraint',
      'Who is going to pay for that',
      'ADVERTISEMENT',
      "We're relieved",
      'RELATED:',
      'property tax rebate expansion',
      'Sign up for our newsletter',
      'Capitol Briefing',
      'An earlier version of this story',
      'The vote was 25-15',
      'All rights reserved',
    ],
  },
  {
    file: 'insurer-earnings-costs.txt',
    title: 'Harborline Health shares sink 14% as Medicare costs eat into profit',
    source: 'Connecticut Business Ledger',
    claims: [
      { quote: 'Shares of Harborline Health fell 14% on Wednesday', claimant: 'Connecticut Business Ledger', type: 'QUANTITY' },
      { quote: 'its third-quarter profit dropped by more than half', claimant: 'Harborline Health' },
      { quote: 'reported net income of $212 million', claimant: 'Harborline Health', type: 'QUANTITY' },
      { quote: 'Revenue rose 6% to $14.3 billion', claimant: 'Harborline Health', type: 'QUANTITY' },
      { quote: 'rose to 89.7% from 86.2%', claimant: 'Harborline Health', type: 'QUANTITY' },
      { quote: 'blamed higher-than-expected use of outpatient surgery', claimant: 'Gregory Albrecht' },
      { quote: 'assuming costs would grow about 5%', claimant: 'Gregory Albrecht' },
      { quote: 'would pull its Medicare Advantage plans out of 11 counties', claimant: 'Gregory Albrecht', type: 'PREDICTION' },
      { quote: 'now expects full-year earnings of $6.10 to $6.40 a share', claimant: 'Deborah Kwan', type: 'PREDICTION' },
      { quote: 'plans to raise premiums on its individual plans by an average of 11.8%', claimant: 'Deborah Kwan', type: 'PREDICTION' },
      { quote: 'no layoffs were planned', claimant: 'company officials' },
      { quote: 'the cost increases were likely to last well into 2027', claimant: 'analysts at Brookfield Ridge Securities', type: 'PREDICTION' },
      { quote: 'Three other large insurers have cut their profit forecasts', claimant: 'Connecticut Business Ledger' },
      { quote: "had received Harborline's 2027 rate filing on Oct. 1", claimant: 'Raymond Okafor' },
      { quote: 'would hold a public hearing on the requested increase in December', claimant: 'Raymond Okafor', type: 'PREDICTION' },
      { quote: 'State law requires a public hearing on any individual-plan increase above 10%', claimant: 'Connecticut Business Ledger', type: 'LAWS_RULES' },
      { quote: 'insurers must spend at least 80% of individual-market premiums', claimant: 'Connecticut Business Ledger', type: 'LAWS_RULES' },
      { quote: 'Harborline paid $31 million in such rebates in 2024', claimant: 'the Centers for Medicare & Medicaid Services', type: 'QUANTITY' },
      { quote: 'would push some families to drop their coverage', claimant: 'Yolanda Pierce', type: 'PREDICTION' },
      { quote: 'about 22,000 Harborline customers in the state buy individual plans', claimant: 'the Patients First Coalition', type: 'QUANTITY' },
      { quote: 'will report fourth-quarter results in February', claimant: 'Connecticut Business Ledger' },
    ],
    absent: [
      'Harborline Health shares sink 14%',
      'By Nathan Greer',
      'Senior Business Reporter',
      'Published Oct. 28',
      'Updated Oct. 28',
      'Share this article',
      'headquarters on Asylum Street',
      'Priya Natarajan',
      "I'm not going to pretend this was a good quarter",
      'ADVERTISEMENT',
      'Is the worst over for managed care stocks',
      'Few on Wall Street are willing to say so',
      'It feels like families are always',
      'RELATED:',
      'seek double-digit increases for 2027',
      'Sign up for our newsletter',
      'The Business Ledger Daily',
      'This story has been updated',
      'Copyright ©',
    ],
  },
  {
    file: 'transit-assaults-data.txt',
    title: 'Assaults on Riverton buses and trains down 18% after transit police expansion, agency says',
    source: 'Riverton Daily Sentinel',
    claims: [
      { quote: 'fell 18% in the first nine months of the year', claimant: 'the Riverton Regional Transit Authority', type: 'QUANTITY' },
      { quote: 'The agency recorded 412 assaults from January through September', claimant: 'the Riverton Regional Transit Authority', type: 'QUANTITY' },
      { quote: 'Assaults on bus operators did not follow the trend', claimant: 'Riverton Daily Sentinel' },
      { quote: 'assaults on drivers rose to 51 from 38', claimant: 'Victor Salcedo', type: 'QUANTITY' },
      { quote: 'credited the decline to the 60 officers', claimant: 'Colleen Abernathy' },
      { quote: 'weekday ridership had climbed to about 71% of its 2019 level', claimant: 'Colleen Abernathy', type: 'QUANTITY' },
      { quote: 'officers made 1,140 arrests on the system through September', claimant: 'Darnell Hughes', type: 'QUANTITY' },
      { quote: "Three of the system's 47 rail stations accounted for nearly a third of all assaults", claimant: 'Darnell Hughes', type: 'QUANTITY' },
      { quote: "cameras would be installed on all 310 of the agency's buses", claimant: 'Darnell Hughes', type: 'PREDICTION' },
      { quote: 'had asked the agency in writing in April to install driver barriers', claimant: 'Dwayne Mitchell' },
      { quote: 'Only 140 of our buses have them', claimant: 'Dwayne Mitchell', type: 'QUANTITY' },
      { quote: 'she still avoids the last car after dark', claimant: 'Tamika Flores' },
      { quote: 'she was robbed on the Eastgate platform in March 2024', claimant: 'Tamika Flores' },
      { quote: 'would put $4.5 million toward brighter lighting', claimant: 'Gerald Pike', type: 'PREDICTION' },
      { quote: 'would hire 25 more officers in 2027', claimant: 'transit officials', type: 'PREDICTION' },
      { quote: 'requires transit agencies to report every assault on a transit worker', claimant: 'Riverton Daily Sentinel', type: 'LAWS_RULES' },
      { quote: "operating budget this year is $1.3 billion", claimant: 'Riverton Daily Sentinel', type: 'QUANTITY' },
      { quote: 'will hold a hearing on the figures Dec. 3', claimant: 'Riverton Daily Sentinel' },
    ],
    absent: [
      'Assaults on Riverton buses and trains down 18%',
      'By Marcus Leland',
      'Transportation Reporter',
      'mleland@rivertonsentinel.com',
      'Published Nov. 17',
      'Updated Nov. 17',
      'Share: Facebook',
      'rides a Blue Line train into Union Station',
      'Keisha Dunbar',
      'Are we safer',
      'I think riders have noticed the difference',
      'ADVERTISEMENT',
      "Maybe it's better on paper",
      "I don't feel it yet",
      'RELATED:',
      'weekend closures to continue',
      'Sign up for our newsletter',
      'Morning Commute',
      'An earlier version of this story',
      'There are 47',
      'All rights reserved',
    ],
  },
];
