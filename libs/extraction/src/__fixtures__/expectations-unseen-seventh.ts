import type { Fixture } from './expectations';

// A seventh set of three articles of ordinary news, written with these expectations before the engine
// ran on them (issue #3), blind (written without reading the engine's rules): a water company's
// pollution fine in a crown court (prosecutors and a prosecuting barrister, a judge, a regulator's
// officer, a company's statement and its chief executive, an anglers' association, an annual report, a
// regulator), a football club's finances (an owner at a fans' forum, a supporters' trust's figures and its
// chair, a council spokesman and a cabinet member, an academic; a byline, "Read more" and "Share") and a
// museum's funding cut (a director, a city council and its deputy leader, a national association and its
// head of policy, a petition's organiser, a union and its spokesman, a museum's annual review). The
// conventions are the earlier sets': a person without titles ("Judge", "Dr", "Councillor", "retired
// teacher"); groups as written ("prosecutors"); a body with its article as introduced ("the Environment
// Agency", "the supporters' trust", "the Museums Association"); a report or figures their maker's ("the
// company's annual report" is Harrowdale Water's, "figures published by the supporters' trust" the
// trust's); a spokesman for a body the text names is the body's ("A council spokesman", "A spokesman for
// the union"); an owner first described ("The owner of Stenbury Town") and named in the next sentence is
// the person named.
export const SEVENTH_UNSEEN_FIXTURES: Fixture[] = [
  {
    file: 'water-fine.txt',
    title: 'Harrowdale Water fined £3.2m for sewage spills into River Leddon',
    source: 'Leddon Valley Courier',
    claims: [
      { quote: 'Harrowdale Water has been fined £3.2 million for pumping untreated sewage', claimant: 'Leddon Valley Courier' },
      { quote: 'The company pleaded guilty at Kingsmere Crown Court on Tuesday to 14 offences', claimant: 'Leddon Valley Courier' },
      { quote: 'a pumping station at Fenwick Lane had discharged sewage into the river on 61 days', claimant: 'prosecutors', type: 'QUANTITY' },
      { quote: 'alarms at the site had been switched off for months', claimant: 'Eleanor Marsh' },
      { quote: 'Staff knew the pumps were failing and nobody fixed them', claimant: 'Eleanor Marsh' },
      { quote: 'the fine would have been higher had the company not admitted the offences', claimant: 'Robert Kinnear' },
      { quote: 'fish had been found dead along a two-mile stretch below the outfall', claimant: 'Callum Reid' },
      { quote: 'Samples taken that week showed ammonia at eight times the level', claimant: 'Callum Reid', type: 'QUANTITY' },
      { quote: 'had spent £11 million on the pumping station since 2023', claimant: 'Harrowdale Water', type: 'QUANTITY' },
      { quote: 'the site now had new pumps and a second power supply', claimant: 'Harrowdale Water' },
      { quote: 'Spills from Fenwick Lane have fallen by 90%', claimant: 'Fiona Gallacher', type: 'QUANTITY' },
      { quote: 'members had reported the dead fish to the company two days before anyone came to look', claimant: 'Martin Blythe' },
      { quote: 'The fine is a fraction of what they paid their shareholders', claimant: 'Martin Blythe' },
      { quote: 'Harrowdale Water paid dividends of £48 million last year', claimant: 'Harrowdale Water', type: 'QUANTITY' },
      { quote: 'Water companies in England were fined a total of £38 million in 2025', claimant: 'the Environment Agency', type: 'QUANTITY' },
      { quote: 'fines paid by water firms go into a fund for river restoration', claimant: 'Leddon Valley Courier', type: 'LAWS_RULES' },
      { quote: "it was reviewing the company's performance and would publish its findings in March", claimant: 'Ofwat' },
    ],
    // A judge's judgement ("a wholesale disregard") and an apology are no checkable claims.
    absent: [],
  },
  {
    file: 'football-club-finances.txt',
    title: 'Stenbury Town owner says club needs new investor within a year',
    source: 'Stenbury Evening Post',
    claims: [
      { quote: 'the club could run out of money by next summer unless a new investor is found', claimant: 'Keith Danson', type: 'PREDICTION' },
      { quote: 'he had put £4.5 million of his own money into the club since buying it in 2019', claimant: 'Keith Danson', type: 'QUANTITY' },
      { quote: 'We lose around £40,000 a week', claimant: 'Keith Danson', type: 'QUANTITY' },
      { quote: 'he was in talks with two groups, one of them from the United States', claimant: 'Keith Danson' },
      { quote: "The club's wage bill rose to £2.8 million last season", claimant: "the supporters' trust", type: 'QUANTITY' },
      { quote: 'which owns a 5% stake in the club', claimant: 'Stenbury Evening Post' },
      { quote: "the wages were more than the club's entire income for the season", claimant: 'Helen Marwick' },
      { quote: 'Fans have been asking for transparency for three years', claimant: 'Helen Marwick' },
      { quote: 'Tonight was the first time anybody has given us numbers', claimant: 'Helen Marwick' },
      { quote: 'the trust had raised two hundred and ten thousand pounds from members', claimant: 'Helen Marwick', type: 'QUANTITY' },
      { quote: 'are fourth in the table and have averaged crowds of 2,650 this season', claimant: 'Stenbury Evening Post', type: 'QUANTITY' },
      { quote: 'The club also owes £650,000 to Stenbury Borough Council', claimant: 'Stenbury Evening Post', type: 'QUANTITY' },
      { quote: 'the loan was being repaid on schedule and that the next payment was due in January', claimant: 'Stenbury Borough Council' },
      { quote: 'the authority would not write off the debt', claimant: 'Rashid Begum', type: 'PREDICTION' },
      { quote: 'clubs at that level typically spend about 80% of their income on wages', claimant: 'Simon Holt', type: 'QUANTITY' },
      { quote: 'Three clubs in the division have gone into administration since 2020', claimant: 'Simon Holt', type: 'QUANTITY' },
      { quote: 'season ticket holders would not be affected by any sale', claimant: 'Stenbury Town', type: 'PREDICTION' },
    ],
    absent: ['Gareth Pollard', 'Sports Reporter', 'Read more', 'eight games without a win'],
    labels: ['Share'],
  },
  {
    file: 'museum-funding-cut.txt',
    title: 'Maritime museum to close two days a week after council cuts its grant',
    source: 'Westhaven Chronicle',
    claims: [
      { quote: 'Westhaven Maritime Museum will close on Mondays and Tuesdays from January', claimant: 'Westhaven Chronicle', type: 'PREDICTION' },
      { quote: 'the grant would fall from £900,000 to £600,000 next year', claimant: 'Alison Pryce', type: 'QUANTITY' },
      { quote: 'six of its 31 staff would lose their jobs', claimant: 'Alison Pryce', type: 'QUANTITY' },
      { quote: 'We have cut everything we can without touching the galleries', claimant: 'Alison Pryce' },
      { quote: 'it had to save £27 million over the next two years', claimant: 'Westhaven City Council', type: 'QUANTITY' },
      { quote: 'the museum had been given longer to prepare than other services', claimant: 'Joan Ferris' },
      { quote: 'which opened in 1931 in a former customs house on the quayside, holds more than 40,000 objects', claimant: 'Westhaven Chronicle', type: 'QUANTITY' },
      { quote: 'Visitor numbers reached 187,000 last year, up from 140,000 in 2019', claimant: 'Westhaven Maritime Museum', type: 'QUANTITY' },
      { quote: 'local authority spending on museums in England had fallen by nearly 40% in real terms since 2010', claimant: 'the Museums Association', type: 'QUANTITY' },
      { quote: 'at least nine council-run museums had reduced their opening hours in the past twelve months', claimant: 'Daniel Achebe', type: 'QUANTITY' },
      { quote: 'A petition against the cut has been signed by more than 8,500 people', claimant: 'Westhaven Chronicle', type: 'QUANTITY' },
      { quote: 'the museum was one of the few free attractions left in the city', claimant: 'Margaret Oduya' },
      { quote: 'it would ballot members on industrial action', claimant: 'Unison', type: 'PREDICTION' },
      { quote: "which represents most of the museum's staff", claimant: 'Westhaven Chronicle' },
      { quote: 'the council had not consulted staff before announcing the cuts', claimant: 'Unison' },
      { quote: 'The council will vote on its final budget on 19 February', claimant: 'Westhaven Chronicle', type: 'PREDICTION' },
    ],
    // Two judgements ("far from alone", "Nobody came into politics …") and a grandmother's praise are no checkable claims.
    absent: [],
  },
];
