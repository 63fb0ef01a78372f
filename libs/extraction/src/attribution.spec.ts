import { parseFrame, type FrameKind } from './attribution';
import { splitSentences } from './sentences';

interface Parsed {
  kind: FrameKind;
  speaker: string;
  content: string;
  question: boolean;
}

function parse(text: string): Parsed {
  const [s] = splitSentences(text);
  const f = parseFrame(s);
  const speaker = f.speaker.length > 0 ? text.slice(f.speaker[0].start, f.speaker[f.speaker.length - 1].end) : '';
  return { kind: f.kind, speaker, content: f.content.map((c) => text.slice(c.start, c.end)).join(' | '), question: f.question };
}

describe('parseFrame', () => {
  it.each<[string, FrameKind, string, string]>([
    // Leading frames, with and without "that", with titles, adverbials, auxiliaries and listeners.
    [
      'Lithuanian Deputy Minister of National Defense Renus Pleshkis stated that the matter has not been analyzed.',
      'leading',
      'Lithuanian Deputy Minister of National Defense Renus Pleshkis',
      'the matter has not been analyzed',
    ],
    ['He said the use of such munitions significantly reduces the need for ammunition.', 'leading', 'He', 'the use of such munitions significantly reduces the need for ammunition'],
    ['He also added that Lithuania’s inability to use this weapon limits its capabilities.', 'leading', 'He', 'Lithuania’s inability to use this weapon limits its capabilities'],
    ['The finance ministry said in a statement on Tuesday that the tax is 5 percent.', 'leading', 'The finance ministry', 'the tax is 5 percent'],
    ['She told reporters on Monday that the army has 5,000 troops.', 'leading', 'She', 'the army has 5,000 troops'],
    // A hyphenated adjective in the speaker's title is not a verb ending the phrase.
    [
      'Oksana Marchenko, an analyst at the Kyiv-based consultancy Barva Invest, said the figures were inflated.',
      'leading',
      'Oksana Marchenko, an analyst at the Kyiv-based consultancy Barva Invest',
      'the figures were inflated',
    ],
    // A participle clause between the speaker and the verb describes the speaker; a capitalised participle opening the sentence is no name.
    [
      'A senior club executive, speaking on condition of anonymity, said the club expected to sell two players.',
      'leading',
      'A senior club executive',
      'the club expected to sell two players',
    ],
    ['The report, published on Thursday, found that nearly two thirds of the 176 glaciers lost ice.', 'leading', 'The report', 'nearly two thirds of the 176 glaciers lost ice'],
    [
      'Opening the case for the prosecution on Monday, Mr Simon Achebe KC told jurors that Lyle had used the cards.',
      'leading',
      'Mr Simon Achebe KC',
      'Lyle had used the cards',
    ],
    // The listener after "told" is one noun phrase; the statement's subject follows it.
    ['A farmer near Ambleside told us the wind had torn the roof off two barns.', 'leading', 'A farmer near Ambleside', 'the wind had torn the roof off two barns'],
    ['He told reporters the council had spent 5 million pounds.', 'leading', 'He', 'the council had spent 5 million pounds'],
    ['She told you two things: the plan would cost 5 million pounds.', 'leading', 'She', 'the plan would cost 5 million pounds'],
    // A surname in -ing that wink-nlp tags as a verb is still a speaker.
    ['Manning told reporters that the fleet had 40 ships.', 'leading', 'Manning', 'the fleet had 40 ships'],
    // A court hears evidence; a concession is reported with "that".
    ['The court heard that a single resident lost £31,400.', 'leading', 'The court', 'a single resident lost £31,400'],
    ['A former manager took more than £86,000 over four years, a jury at Kingsford Crown Court has heard.', 'trailing', 'a jury at Kingsford Crown Court', 'A former manager took more than £86,000 over four years'],
    ['Under cross-examination, she accepted that the fingerprints were not found on the cards.', 'leading', 'she', 'the fingerprints were not found on the cards'],
    ['Residents heard that the plant would close next year.', 'none', '', 'Residents heard that the plant would close next year'],
    // Before "that", after a noun, a reporting verb wink-nlp tags as a noun is still the verb.
    ['The office estimates that roughly half of the hydropower comes from glacier rivers.', 'leading', 'The office', 'roughly half of the hydropower comes from glacier rivers'],
    // Figures frame a finding: "… figures show" without "that"; a participle describing them is not the verb.
    ['State police figures show violent crime fell by eight percent.', 'leading', 'State police figures', 'violent crime fell by eight percent'],
    ['Knife offences fell by 14 percent last year, police figures show.', 'trailing', 'police figures', 'Knife offences fell by 14 percent last year'],
    [
      'A poll released last week by Marist College found that 48 percent of voters think crime is rising.',
      'leading',
      'A poll released last week by Marist College',
      '48 percent of voters think crime is rising',
    ],
    // "…, X said, even as …": the statement goes on after the frame.
    [
      'Exports hit a record in February, the ministry said on Tuesday, even as drones struck the port.',
      'middle',
      'the ministry',
      'Exports hit a record in February | even as drones struck the port',
    ],
    ['Renus Pleshkis, the deputy minister, said the army has 5,000 troops.', 'leading', 'Renus Pleshkis, the deputy minister', 'the army has 5,000 troops'],
    ['Pleshkis, who visited Kyiv last week, said the army has 5,000 troops.', 'leading', 'Pleshkis, who visited Kyiv last week', 'the army has 5,000 troops'],
    ['In a statement, the ministry said that prices rose by 5%.', 'leading', 'the ministry', 'prices rose by 5%'],
    ['The report found that patients wait nine days.', 'leading', 'The report', 'patients wait nine days'],
    ['She has repeatedly warned that the bridge could collapse.', 'leading', 'She', 'the bridge could collapse'],
    // "According to".
    ['According to him, the threat to the country has changed.', 'according', 'him', 'the threat to the country has changed'],
    // In the middle: the source ends at a comma, and the statement goes on after it.
    [
      'The glaciers have lost a tenth of their volume in two years, according to a new report by the Swiss Glacier Monitoring Network, the steepest decline since records began more than a century ago.',
      'according',
      'a new report by the Swiss Glacier Monitoring Network',
      'The glaciers have lost a tenth of their volume in two years | the steepest decline since records began more than a century ago',
    ],
    ['He has already got $3 trillion, according to The Washington Post, of expenses that are not paid for.', 'according', 'The Washington Post', 'He has already got $3 trillion | of expenses that are not paid for'],
    ['An explosion killed eleven people on Tuesday, state media reported.', 'trailing', 'state media', 'An explosion killed eleven people on Tuesday'],
    ['The blast hit a plant run by Azotek, a state-owned company, the news agency ONA said.', 'trailing', 'the news agency ONA', 'The blast hit a plant run by Azotek, a state-owned company'],
    ['"The workers followed every rule," Pavel Dorin told state television, according to a translation by Continental Press.', 'trailing', 'Pavel Dorin', '"The workers followed every rule'],
    ['The plant produces 1.1 million tonnes a year, according to the company\'s website, and employs 3,000 people.', 'according', "the company's website", 'The plant produces 1.1 million tonnes a year | and employs 3,000 people'],
    ['The policing minister, Sarah Vaughan, told MPs in January that Eastmoor had 310 more officers.', 'leading', 'The policing minister, Sarah Vaughan', 'Eastmoor had 310 more officers'],
    ['Mr Ostler interjected that the loan was secured against the stadium.', 'leading', 'Mr Ostler', 'the loan was secured against the stadium'],
    ['It blamed higher wheat and packaging costs.', 'leading', 'It', 'blamed higher wheat and packaging costs'],
    ['President Irina Vasko declared Wednesday a day of mourning, the press service said.', 'trailing', 'the press service', 'President Irina Vasko declared Wednesday a day of mourning'],
    ['Pupils who ate breakfast scored higher, a study published in the journal Child Development Reports has found.', 'trailing', 'a study published in the journal Child Development Reports', 'Pupils who ate breakfast scored higher'],
    ["According to the President's Office, restrictions lower defense capabilities.", 'according', "the President's Office", 'restrictions lower defense capabilities'],
    ['According to Ms. Rūta Žemaitytė, the city’s chief engineer, the deck was corroded.', 'according', 'Ms. Rūta Žemaitytė, the city’s chief engineer', 'the deck was corroded'],
    ['Food prices rose by 11.3% in 2023, according to the Central Statistical Bureau.', 'according', 'the Central Statistical Bureau', 'Food prices rose by 11.3% in 2023'],
    ['Last year, 14 cyclists were injured, according to police data.', 'according', 'police data', 'Last year, 14 cyclists were injured'],
    // Frames after the statement or in its middle.
    ['"Our airspace was violated four times last year," she said.', 'trailing', 'she', '"Our airspace was violated four times last year'],
    ['“The farm will supply a quarter of our power,” said Dalia Grybauskienė, a spokeswoman for the ministry.', 'trailing', 'Dalia Grybauskienė, a spokeswoman for the ministry', '“The farm will supply a quarter of our power'],
    ['The issue will now be considered urgently, reports LTR.', 'trailing', 'LTR', 'The issue will now be considered urgently'],
    ['Estonia will raise spending next year, Prime Minister Kaja Kallas said on Monday, citing the threat from Russia.', 'trailing', 'Prime Minister Kaja Kallas', 'Estonia will raise spending next year'],
    ['"We lost power," Tomas Petraitis, the chief executive of Litgrid, told reporters.', 'trailing', 'Tomas Petraitis, the chief executive of Litgrid', '"We lost power'],
    ['The project, she said, would cost 1.2 billion euros.', 'middle', 'she', 'The project | would cost 1.2 billion euros'],
    ['"The plan is ready," he said, "and it will cost 5 million."', 'middle', 'he', '"The plan is ready | "and it will cost 5 million'],
    // A second reporting verb joined to the first clause shares its subject: "X expects A but warned that B"
    // is X's; the frame "warned that" goes, the conjunction stays.
    [
      'The Bank of England expects inflation to fall to 2 percent by next spring but warned that energy prices could push it higher again.',
      'middle',
      'The Bank of England',
      'The Bank of England expects inflation to fall to 2 percent by next spring but | energy prices could push it higher again',
    ],
    ['The central bank said inflation would fall, but warned that energy costs could rise by 20 percent.', 'leading', 'The central bank', 'inflation would fall, but | energy costs could rise by 20 percent'],
    // Attributing an effect to a cause is the subject's claim of causation, not the publisher's.
    ['Economists attributed the rise in unemployment to higher interest rates.', 'leading', 'Economists', 'attributed the rise in unemployment to higher interest rates'],
    ['The rise in burglaries was blamed on a shortage of officers by the police union.', 'trailing', 'the police union', 'The rise in burglaries was blamed on a shortage of officers'],
    // A promise of the speaker's own action: the statement is what was promised, without "to".
    ['The government pledged to reach net zero emissions by 2050.', 'leading', 'The government', 'reach net zero emissions by 2050'],
    // …unless someone else reports the pledge.
    ['The UK has pledged to reach net zero by 2050, the minister said.', 'trailing', 'the minister', 'The UK has pledged to reach net zero by 2050'],
    // A participle has no subject of its own: "Not saying that" names nobody, and ", saying …" is the clause's own subject's.
    ['Not saying that the plan failed, the report found that costs rose by 30 percent.', 'leading', 'the report', 'costs rose by 30 percent'],
    ['Sales fell by a third in March, saying shoppers stayed at home.', 'none', '', 'Sales fell by a third in March, saying shoppers stayed at home'],
    // A name in -ing before an appositive is no participle clause ("Speaking to reporters, …").
    ['Browning, the mayor, said the city had cut its deficit by 12 million dollars.', 'leading', 'Browning, the mayor', 'the city had cut its deficit by 12 million dollars'],
    // A title wink-nlp tags as a verb ("lead") before a name in apposition is no verb of the sentence.
    ["The council's education lead, Sarah Penrose, said schools would decide by Friday.", 'leading', "The council's education lead, Sarah Penrose", 'schools would decide by Friday'],
    // A body's name that lists its parts with commas.
    [
      'A spokesperson for the Department for Culture, Media and Sport said the fund would close in May.',
      'leading',
      'A spokesperson for the Department for Culture, Media and Sport',
      'the fund would close in May',
    ],
    // After the statement, an apposition to it ("the highest so far") is no part of the speaker.
    ['A gust of 93mph was recorded at noon, the highest so far today, the forecaster said in a statement.', 'trailing', 'the forecaster', 'A gust of 93mph was recorded at noon, the highest so far today'],
    // How it was said ("as he walked …") is the frame's, not a statement.
    ['"The valley floated on water," Pérez, 63, said as he walked between the rows.', 'trailing', 'Pérez, 63', '"The valley floated on water'],
    // A reporting verb after a participle clause set off by commas, tagged as a noun before "that".
    ['Its plan, published in draft in January, estimates that the aquifer is overdrawn by 30 million cubic metres.', 'leading', 'Its plan', 'the aquifer is overdrawn by 30 million cubic metres'],
  ])('%s', (text, kind, speaker, content) => {
    expect(parse(text)).toEqual({ kind, speaker, content, question: false });
  });

  it.each([
    'The Lithuanian Seimas approved the withdrawal, citing changes in the security situation.',
    'The decision was supported by 99 members of parliament, one opposed, and three abstained.',
    'Police found the body near the river.',
    'The government supported the decision, and the president proposed it.',
    // A text of law says nothing itself: what it says is the statement.
    'The law says that employers must pay the minimum wage.',
    'Employers must pay the minimum wage, the rules state.',
  ])('finds no frame in "%s"', (text) => {
    const p = parse(text);
    expect(p.kind).toBe('none');
    expect(p.speaker).toBe('');
    expect(p.content).toBe(text.slice(0, -1));
  });

  it('marks reported questions', () => {
    expect(parse('"Will it be ready on time?" asked one local councillor.').question).toBe(true);
    expect(parse('She asked whether the bridge would be ready.').question).toBe(true);
  });
});
