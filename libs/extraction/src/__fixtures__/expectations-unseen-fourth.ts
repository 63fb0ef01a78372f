import type { Fixture } from './expectations';

// A fourth set of three articles in formats none of the fixtures before them has, written with these
// expectations before the engine (1.4.3) ran on them (issue #3): an inquest report (a coroner who
// "has concluded" and is named only near the foot, a collision investigator who "told the hearing", a
// witness statement "read to the inquest", a question from counsel, "she told the hearing" after the
// clause, "the inquest heard that", a sister named by first name only, "the council said … It said"), a
// business story built on a company filing and an analyst note ("the company said in a filing … It
// said", "The filing also showed", a chief executive on an earnings call, "According to a note from
// analysts at X, …", "The note said", "the regulator" for the Commission, "according to its annual
// report", a finance chief) and an election-night story (votes and shares in figures and in words,
// "its leader", "the returning officer said" after the clause, "A party spokesperson" for the party
// named just before, an academic "according to" after a long clause, "He claimed that", "The party said
// in a statement" for the party whose candidate was just named, a poll "conducted by X for Y" and "the
// pollster").
// Choices a fact-checker could make otherwise: the coroner who "has concluded" in the first paragraph is
// the coroner named later (John Gittins), not "a coroner" as the court report keeps "a court", since the
// article names no other; "the inquest heard" is the court the inquest sits in, as "The court heard" is
// Leeds Crown Court; a note from a firm's analysts is those analysts' ("analysts at Fairmont Capital"),
// and "The note said" too; a spokesperson for the Commission confirming the inquiry is the Commission's;
// a poll's figures and "the pollster" are the pollster's; "A party spokesperson" after "Labour insisted"
// is Labour; "The party said in a statement" after "The Conservatives' candidate" is the Conservatives;
// "Grace", given only her first name, is named as written (as "Marta" in the third set).
//
// First run (engine 1.4.3), against these expectations as first written (npx tsx bench/lab/unseen-figures.ts
// fourth -v): 56 of 58 claims found ("He was pronounced dead at the scene at 8.14am" is cut at "8." and
// returned as a fragment; "A spokesperson for the Commission confirmed the investigation" is dropped); no
// furniture returned (bylines, timestamps, share rows, captions with credits, a standfirst, "Related:",
// "READ MORE" links, newsletter prompts, the author's note, "Comments are closed" all kept out); 8 other
// sentences returned that are no claims (the fragment above, a condolence, a characterisation, two
// slogans, a tautology, the writer's "its own figures suggest the problem is deeper", and "Jane Holt did
// not speak at the count"); claimants right for 26 of 45 attributed claims; roles right for 5 of 8
// asserted; types right for 27 of 29 asserted.
// Engine 1.4.4, after general fixes (see version.ts): 57 of 58 claims found (the clock time is kept in its
// sentence); no furniture; 7 other sentences (the fragment is gone); claimants right for 34 of 45 (Grace
// three times, Carys Pugh's "she told the hearing", Vantora for "the company" and its "It said", the
// coroner's "He said", Labour for "A party spokesperson" twice); roles
// 5 of 8; types 29 of 29. What it does not yet do is marked NOT YET MET below, as in the earlier sets: a
// missed claim is left out of the checked claims, a wrong role or type is not asserted, and a wrong
// claimant stays as a fact-checker would write it (the claimant-accuracy test over all fixtures counts it).
// Engine 1.4.7 (session 14): Vantora's data-centre revenue "in a filing" is the company's, marked "Met since session
// 14" below.
export const FOURTH_UNSEEN_FIXTURES: Fixture[] = [
  {
    file: 'inquest-junction.txt',
    title: 'Cyclist\'s death at junction was accident, coroner rules after hearing of "near misses"',
    source: 'Wrexley Leader',
    claims: [
      // NOT YET MET: the engine keeps "a coroner" (the coroner is named only in the last paragraphs).
      { quote: 'A cyclist who was hit by a lorry at a busy junction in Wrexley died as a result of an accident', claimant: 'John Gittins' },
      // NOT YET MET (both "the inquest heard"): the engine names "the inquest at Wrexley Coroner's Court".
      { quote: 'Daniel Okafor, 34, a nurse from Brynmawr Road, suffered multiple injuries', claimant: "Wrexley Coroner's Court" },
      { quote: 'He was pronounced dead at the scene at 8.14am', claimant: 'Wrexley Leader' },
      {
        quote: 'the lorry had been travelling at about 11mph',
        claimant: 'Laura Kemble',
        role: 'collision investigator with North Wales Police',
        type: 'QUANTITY',
      },
      { quote: "the driver's nearside mirror had been correctly adjusted", claimant: 'Laura Kemble' },
      { quote: 'he had checked his mirrors twice before turning', claimant: 'Steven Hale' },
      { quote: 'I never saw him', claimant: 'Steven Hale' },
      { quote: 'she had seen the cyclist move up the inside of the lorry', claimant: 'Carys Pugh' },
      { quote: 'The lorry did not indicate until it was already turning', claimant: 'Carys Pugh' },
      { quote: 'the junction had been the scene of 17 collisions involving cyclists since 2019', claimant: "Wrexley Coroner's Court", type: 'QUANTITY' },
      { quote: 'the scheme had been costed at £1.4 million', claimant: 'Owen Morris', type: 'QUANTITY' },
      { quote: 'the council had since lowered the speed limit on the approach to 20mph', claimant: 'Owen Morris' },
      { quote: 'her brother had cycled the route for six years', claimant: 'Grace' },
      { quote: 'He told the council about the near misses and nobody listened', claimant: 'Grace' },
      // NOT YET MET: role "senior coroner for North Wales East" (the engine keeps the article: "the senior coroner …").
      { quote: 'Mr Okafor had died of multiple injuries', claimant: 'John Gittins' },
      // Met since 1.4.4: "He said" after "…, John Gittins, said Mr Okafor had died …" (Mr Okafor is named in the clause).
      { quote: 'the evidence did not show that either the driver or the cyclist had been at fault', claimant: 'John Gittins' },
      { quote: 'he would write to Wrexley County Borough Council', claimant: 'John Gittins', type: 'PREDICTION' },
      // Type met since 1.4.4 (a deadline a rule sets, whatever its figure).
      { quote: 'Such reports, known as prevention of future deaths reports, must be answered within 56 days', claimant: 'Wrexley Leader', type: 'LAWS_RULES' },
      { quote: 'work on a new crossing at the roundabout would start in January', claimant: 'Wrexley County Borough Council', type: 'PREDICTION' },
    ],
    labels: ['News', 'Inquests'],
    // A characterisation and a condolence the engine still returns (both scored above the threshold: 0.52, 0.21).
    knownExtras: ['worst junction in Wales', 'deeply sorry'],
    absent: [
      'coroner rules after hearing of',
      'By Gareth Lloyd',
      'Court Reporter',
      'Published 16:05',
      'Share  |  Email',
      'In my opinion, no',
      'I think about it every day',
      'Flowers left at the Station Road roundabout',
      'Photo: Wrexley Leader',
      'asked a council highways engineer why',
      'worst junction in Wales',
      'deeply sorry',
      'Related:',
      'morning briefing',
      'Sign up here',
      'Comments are closed',
    ],
  },
  {
    file: 'chip-filing-analysts.txt',
    title: 'Vantora shares drop as chipmaker flags EU probe and slower data-centre sales',
    source: 'The Ledger',
    claims: [
      { quote: 'Shares in Vantora Semiconductor fell almost 9% in early trading', claimant: 'The Ledger', type: 'QUANTITY' },
      { quote: 'the Commission had opened a formal inquiry in October', claimant: 'Vantora Semiconductor' },
      { quote: 'It said it was co-operating fully', claimant: 'Vantora Semiconductor' },
      { quote: 'Under EU rules, companies found to have abused a dominant position can be fined', claimant: 'The Ledger', type: 'LAWS_RULES' },
      // Met since session 14 (the engine had named "the filing"). Type met since 1.4.4 (not PREDICTION from "that
      // analysts had forecast").
      { quote: 'revenue from data-centre customers rose 31% to $4.2bn', claimant: 'Vantora Semiconductor', type: 'QUANTITY' },
      { quote: 'Total revenue was $6.9bn', claimant: 'The Ledger', type: 'QUANTITY' },
      { quote: 'demand from cloud providers had "paused, not peaked"', claimant: 'Lena Hartwig', role: "Vantora's chief executive" },
      { quote: "two of the company's five largest customers had delayed orders", claimant: 'Lena Hartwig', type: 'QUANTITY' },
      { quote: 'We have never had a stronger order book', claimant: 'Lena Hartwig' },
      { quote: 'Our new Kestrel chip is sold out until June', claimant: 'Lena Hartwig' },
      // NOT YET MET (both): the engine names "a note from analysts at Fairmont Capital" (the note kept with its makers).
      { quote: "Vantora's share of the market for AI accelerators has fallen from 22% to 17%", claimant: 'analysts at Fairmont Capital', type: 'QUANTITY' },
      { quote: 'The note said the probe was "an overhang"', claimant: 'analysts at Fairmont Capital', type: 'PREDICTION' },
      { quote: 'would probably be far below the maximum', claimant: 'Ravi Menon', role: 'analyst at Holbrook & Co', type: 'PREDICTION' },
      { quote: 'Past cases against chipmakers had ended in fines of between 1% and 3%', claimant: 'Ravi Menon', type: 'QUANTITY' },
      // NOT YET MET, left out of the checked claims: "A spokesperson for the Commission confirmed the investigation"
      // (the European Commission) is not returned.
      // NOT YET MET: "The regulator" is given to the analysts' note (the Commission is not described as a regulator).
      { quote: 'The regulator opened 14 antitrust cases in the technology sector last year', claimant: 'the European Commission', type: 'QUANTITY' },
      { quote: 'the company would buy back $3bn of its own shares', claimant: 'Tom Beckett', role: "Vantora's finance chief", type: 'PREDICTION' },
      { quote: 'gross margins had held at 58%', claimant: 'Tom Beckett', type: 'QUANTITY' },
      { quote: 'The company employs about 21,000 people worldwide', claimant: 'The Ledger', type: 'QUANTITY' },
      { quote: 'It was founded in 2009 and listed on the Nasdaq in 2015', claimant: 'The Ledger' },
      { quote: 'Vantora shares have still risen by 46% this year', claimant: 'The Ledger', type: 'QUANTITY' },
    ],
    labels: ['Technology', 'READ MORE'],
    absent: [
      'flags EU probe and slower data-centre sales',
      'could lead to a fine of up to 10% of turnover, company warns',
      'Priya Nandakumar',
      'Technology Reporter',
      '07:30 GMT',
      '[Share]',
      'Gift this article',
      'Analysts were less sure',
      "Vantora's headquarters in San Jose",
      'Credit: Marco Diaz',
      'declined to comment further',
      "testing Europe's competition rules",
      'what the numbers say',
      'Sign up for Tech Brief',
      'covers semiconductors',
      'Follow her',
    ],
  },
  {
    file: 'by-election-night.txt',
    title: "Greens take Hollin Vale as Labour's majority is wiped out in by-election",
    source: 'Pennine Today',
    claims: [
      { quote: 'The Green Party has won the Hollin Vale by-election, overturning a Labour majority of more than eleven thousand', claimant: 'Pennine Today' },
      { quote: 'Green candidate Sophie Lund took 14,862 votes, or 38.4 per cent', claimant: 'Pennine Today', type: 'QUANTITY' },
      { quote: 'Reform came third with 7,905 votes', claimant: 'Pennine Today', type: 'QUANTITY' },
      { quote: 'Turnout was 41 per cent, down from sixty-two per cent', claimant: 'the returning officer', type: 'QUANTITY' },
      // NOT YET MET: role "Green co-leader" (the engine gives none).
      { quote: "it was the party's first win in a by-election in the north of England", claimant: 'Adrian Faulks' },
      // Met since 1.4.4 (both): "A party spokesperson" is Labour, the one body the sentence before named.
      { quote: 'turnout in by-elections was always low', claimant: 'Labour' },
      { quote: 'Labour had held the seat at every general election since 1997', claimant: 'Labour' },
      // NOT YET MET: role "elections expert at Hallam University" (the engine says "Professor, elections expert at …").
      { quote: "Labour's vote share fell by twenty-three points", claimant: 'Ellen Rourke', type: 'QUANTITY' },
      { quote: 'would cost Labour more than 90 seats', claimant: 'Ellen Rourke', type: 'PREDICTION' },
      { quote: 'young voters had moved to the Greens in large numbers', claimant: 'Ellen Rourke' },
      { quote: 'his party had doubled its vote', claimant: 'Neil Carver', role: "Reform's chairman" },
      { quote: 'Reform was now ahead in three in ten Labour-held seats in the north', claimant: 'Neil Carver', type: 'QUANTITY' },
      // NOT YET MET: "The party said" after "The Conservatives' candidate, …" is given to the Green Party.
      { quote: 'it had been squeezed by tactical voting', claimant: 'the Conservatives' },
      // NOT YET MET (both): a poll "conducted by Northpoll" is the publisher's, and "The pollster" the Green Party.
      { quote: 'had put the Greens on 29 per cent and Labour on 35 per cent', claimant: 'Northpoll', type: 'QUANTITY' },
      { quote: 'its margin of error was four percentage points', claimant: 'Northpoll', type: 'QUANTITY' },
      { quote: 'Lund, 31, is a former primary school teacher', claimant: 'Pennine Today' },
      { quote: "she would campaign to reopen the town's maternity unit, which closed in 2024", claimant: 'Sophie Lund' },
      { quote: 'Labour has lost four of the last six by-elections it has defended', claimant: 'Pennine Today', type: 'QUANTITY' },
    ],
    labels: ['Politics', 'Elections'],
    // Slogans, a tautology, the writer's judgement and a non-event the engine still returns (the slogans and the
    // judgement score below the threshold; the tautology 0.23 and the non-event 0.24 above it).
    knownExtras: ['Nobody thought we could do this', 'voters want change', 'Mid-term by-elections are not general elections', 'the problem is deeper', 'did not speak at the count'],
    absent: [
      "as Labour's majority is wiped out",
      'Election night in Hollin Vale',
      'By Tom Ashworth',
      'Political Editor',
      'Posted 02:48',
      'Tweet  Share',
      'Nobody thought we could do this',
      'voters want change',
      'speaks after the declaration',
      'Photograph: Jon Reyes',
      'the result was a protest vote',
      'Mid-term by-elections are not general elections',
      'the problem is deeper',
      'did not speak at the count',
      'Read more:',
      'Listen:',
      'Follow our live coverage',
    ],
  },
];
