import { parseFrame } from './attribution';
import { Discourse, SELF, type Claimant } from './claimant';
import { splitSentences } from './sentences';

/** Run the discourse over a text; the claimant of every framed sentence, in order ("-" when unframed). */
function speakers(text: string): Array<string> {
  const d = new Discourse(text);
  return splitSentences(text).map((s) => {
    d.startSentence(s.start, s.paragraph);
    const f = parseFrame(s);
    const r = f.speaker.length > 0 ? d.resolveSpeaker(f.speaker) : SELF;
    if (r !== SELF) {
      d.noteSpeaker(r);
      if (f.content.length > 0) d.noteDocumentOf(r, s.tokens.filter((t) => t.end <= f.content[0].start));
    }
    d.noteMentions(s.tokens);
    return r === SELF ? '-' : show(r);
  });
}

const show = (c: Claimant): string => `${c.name ?? '?'}${c.role !== null ? ` (${c.role})` : ''} ${c.kind}`;

describe('Discourse', () => {
  it('splits the title from the name and keeps it for later surname mentions and pronouns', () => {
    expect(
      speakers(
        'Lithuanian Deputy Minister of National Defense Renus Pleshkis stated that the process will begin soon. ' +
          'He noted that Lithuania will join. According to him, the threat has changed. ' +
          'President Gitanas Nausėda proposed the measure. Pleshkis emphasized that the munitions would be used for defence.',
      ),
    ).toEqual([
      'Renus Pleshkis (Lithuanian Deputy Minister of National Defense) PERSON',
      'Renus Pleshkis (Lithuanian Deputy Minister of National Defense) PERSON',
      'Renus Pleshkis (Lithuanian Deputy Minister of National Defense) PERSON',
      '-',
      'Renus Pleshkis (Lithuanian Deputy Minister of National Defense) PERSON',
    ]);
  });

  it('resolves he and she to the last named person of that gender', () => {
    expect(
      speakers(
        'Mayor John Whitfield and councillor Maria Lopez met. Whitfield said the port is busy. She said the beds would die. ' +
          'He argued that the study found no harm. She told the meeting that her family fishes.',
      ),
    ).toEqual(['-', 'John Whitfield (Mayor) PERSON', 'Maria Lopez (councillor) PERSON', 'John Whitfield (Mayor) PERSON', 'Maria Lopez (councillor) PERSON']);
  });

  it('falls back to the last named person when genders are unknown', () => {
    expect(speakers('Analyst Kim Ode said prices rose. Then Alex Varn said wages fell. Varn added that rents rose.').slice(1)).toEqual([
      'Alex Varn PERSON',
      'Alex Varn PERSON',
    ]);
    expect(speakers('Analyst Kim Ode said prices rose. They said wages fell.')[1]).toBe('? ORGANISATION');
  });

  it('takes the gender from honorifics and role nouns', () => {
    expect(
      speakers('Ms. Rūta Žemaitytė and Mr. Alex Varn spoke. Alex Varn said the deck was old. She said the salt did it. He said it was cheap.'),
    ).toEqual(['-', 'Alex Varn PERSON', 'Rūta Žemaitytė PERSON', 'Alex Varn PERSON']);
  });

  it('treats bodies as organisations, resolves their short forms and "it"', () => {
    expect(
      speakers(
        'Prices rose by 11%, according to the Central Statistical Bureau. According to the bureau, wages grew. ' +
          'The Ministry of Finance said the tax is 5%. It added that the rate will stay. The finance ministry said it was cheap.',
      ),
    ).toEqual([
      'the Central Statistical Bureau ORGANISATION',
      'the Central Statistical Bureau ORGANISATION',
      'the Ministry of Finance ORGANISATION',
      'the Ministry of Finance ORGANISATION',
      'the Ministry of Finance ORGANISATION',
    ]);
  });

  it('reads a company named after a company noun (the name alone: the noun only describes it), and "the company" and "it" as that company', () => {
    expect(
      speakers('Demand hit a record, the grid operator Red Eléctrica said. The company said that air conditioning did it. It warned that demand could rise.'),
    ).toEqual(['Red Eléctrica ORGANISATION', 'Red Eléctrica ORGANISATION', 'Red Eléctrica ORGANISATION']);
  });

  it('remembers bodies and groups that open a sentence, for "the council" and "they" later', () => {
    expect(speakers('The Vilnius city council approved a plan. The plan will cost 3 million euros, according to the council.')).toEqual(['-', 'the Vilnius city council ORGANISATION']);
    expect(speakers('The researchers analysed 52,000 records. They found that pupils were absent more.')).toEqual(['-', 'the researchers ORGANISATION']);
  });

  it('looks for the name outside a relative clause', () => {
    expect(speakers('Laima Jonušienė, who runs a bakery on Pilies Street, said her sales fell by half.')).toEqual(['Laima Jonušienė PERSON']);
  });

  it('does not take a name before an organisation word, or a possessor, for a person', () => {
    expect(speakers("Lithuania's defence minister Renus Pleshkis said the army is ready.")).toEqual(["Renus Pleshkis (Lithuania's defence minister) PERSON"]);
    expect(speakers('Swedbank Group said profits rose.')).toEqual(['Swedbank Group ORGANISATION']);
  });

  it('reads roles given after the name', () => {
    expect(speakers('"Prices rose," said Dalia Grybauskienė, a spokeswoman for the Ministry of Energy.')).toEqual([
      'Dalia Grybauskienė (spokeswoman for the Ministry of Energy) PERSON',
    ]);
    expect(speakers('Economist Inese Kalnina of Swedbank said that costs drove up prices.')).toEqual(['Inese Kalnina (Economist of Swedbank) PERSON']);
  });

  it('reads ranks and plural job words as titles, not names', () => {
    expect(speakers('Chief Superintendent Angela Marsh said the fall was real.')).toEqual(['Angela Marsh (Chief Superintendent) PERSON']);
    expect(speakers('Economists at the Institute for Fiscal Studies said the rise was caused by interest payments.')).toEqual([
      'economists at the Institute for Fiscal Studies ORGANISATION',
    ]);
  });

  it('takes the words after "of" or "for" an organisation word as its name, not a person', () => {
    expect(speakers('Prices rose, the Centers for Disease Control and Prevention estimates.')).toEqual(['the Centers for Disease Control and Prevention ORGANISATION']);
  });

  it('names the body behind published figures, without what is said around it', () => {
    expect(speakers('There were 312 offences, according to data released by Northbridge Constabulary on Tuesday.')).toEqual(['Northbridge Constabulary ORGANISATION']);
    expect(speakers('Rents rose by 9 percent, according to a report from the Central Statistical Bureau.')).toEqual(['the Central Statistical Bureau ORGANISATION']);
  });

  it('remembers a body that opens a sentence with a relative clause, for "the group" later', () => {
    expect(
      speakers('Researchers at Harvard University followed 110,000 adults. The Consumer Brands Association, which represents food makers, disputed the findings. The group said that processed foods are safe.'),
    ).toEqual(['-', '-', 'the Consumer Brands Association ORGANISATION']);
  });

  it('reads "her organisation" as the body in her role', () => {
    expect(speakers('Anna Berg, head of the Consumer Energy Council, said bills rose. According to her organisation, one in five households fell behind.')).toEqual([
      'Anna Berg (head of the Consumer Energy Council) PERSON',
      'the Consumer Energy Council ORGANISATION',
    ]);
  });

  it('names the body behind a poll or named figures', () => {
    expect(speakers('A poll released last week by Marist College found that 48 percent agree.')).toEqual(['Marist College ORGANISATION']);
    expect(speakers('Eurostat figures show prices rose.')).toEqual(['Eurostat ORGANISATION']);
  });

  it('reads a party label before a name as the role', () => {
    expect(speakers('Democrat Elena Ruiz said the plan would cost billions.')).toEqual(['Elena Ruiz (Democrat) PERSON']);
  });

  it('remembers a group named with where it works, for "they" later', () => {
    expect(speakers('Researchers at Harvard University followed 110,000 adults. They found that diet mattered.')).toEqual(['-', 'researchers at Harvard University ORGANISATION']);
  });

  it('keeps a long description with a relative clause in the speaker, as its role', () => {
    expect(speakers('Mr. Erik Dahl, 61, a pensioner from Malmö who has complained publicly about his bills, said his household paid twice as much.')).toEqual([
      'Erik Dahl (61, a pensioner from Malmö) PERSON',
    ]);
  });

  it("names a body without the description after its name", () => {
    expect(speakers("Brightwell Energy, the country's second-largest utility, reported that its profit had tripled. The company said revenue rose.")).toEqual([
      'Brightwell Energy ORGANISATION',
      'Brightwell Energy ORGANISATION',
    ]);
  });

  it('keeps an unnamed person described after "a" for a following "he" and "the same source"', () => {
    expect(
      speakers(
        'Council highways chief Andrew Pike said 60 trees were down. A farmer near Ambleside told us the wind tore the roof off. ' +
          'He said he had farmed there for 30 years. A source close to the player said he had agreed terms. The same source said the fee was £45m.',
      ),
    ).toEqual([
      'Andrew Pike (Council highways chief) PERSON',
      'a farmer near Ambleside PERSON',
      'a farmer near Ambleside PERSON',
      'a source close to the player PERSON',
      'a source close to the player PERSON',
    ]);
  });

  it('reads a name after "the industry body" as the body, which "the group" means later', () => {
    expect(
      speakers('Last winter, fewer than half of the resorts opened, according to the industry body Swiss Mountain Resorts. Rising temperatures push skiers higher, the group said.'),
    ).toEqual(['Swiss Mountain Resorts ORGANISATION', 'Swiss Mountain Resorts ORGANISATION']);
  });

  it('gives "the operator" only to a body introduced as an operator, "the company" to any', () => {
    expect(speakers('The Met Office said a gust of 97mph was recorded. All sailings have been cancelled, the operator said.')).toEqual(['the Met Office ORGANISATION', 'the operator ORGANISATION']);
    expect(speakers('The Met Office said a gust of 97mph was recorded. All sailings have been cancelled, the company said.')).toEqual(['the Met Office ORGANISATION', 'the Met Office ORGANISATION']);
  });

  it("keeps a club's or body's name in the title before a person's name", () => {
    expect(speakers('Harbour City manager Elena Vasquez met reporters on Friday. She said the squad had lost 11 players.')).toEqual(['-', 'Elena Vasquez (Harbour City manager) PERSON']);
  });

  it('reads one name with a role in apposition as that person, whom "the mayor" means later', () => {
    expect(speakers('Browning, the mayor, said the city had cut its deficit by 12 million dollars. The mayor said taxes would not rise.')).toEqual([
      'Browning (the mayor) PERSON',
      'Browning (the mayor) PERSON',
    ]);
    expect(speakers('Marsh, the prosecutor, opened the case on Monday. The prosecutor said the defendant took £40,000.')).toEqual(['-', 'Marsh (the prosecutor) PERSON']);
    expect(speakers('Ms Marsh is the prosecutor in the case. The prosecutor said the defendant took £40,000.')).toEqual(['-', 'Marsh (the prosecutor in the case) PERSON']);
  });

  it('reads a name with a trade or a place in it as a body, not a person', () => {
    expect(speakers('Avanti West Coast says 40 percent of its trains ran late in March. The company said new trains would arrive in 2026.')).toEqual([
      'Avanti West Coast ORGANISATION',
      'Avanti West Coast ORGANISATION',
    ]);
    expect(speakers('Thames Water said leaks fell by 8 percent.')).toEqual(['Thames Water ORGANISATION']);
    // A compass word at the end of a name is a surname.
    expect(speakers('Kanye West said the tour sold 2 million tickets.')).toEqual(['Kanye West PERSON']);
  });

  it("reads a group at a body as a group, though the body's name looks like a person's", () => {
    expect(speakers('Analysts at Kessler Brothers said the warning was the third in eighteen months.')).toEqual(['analysts at Kessler Brothers ORGANISATION']);
    expect(speakers('Economists at Goldman Sachs said growth would slow to 1.2% next year.')).toEqual(['economists at Goldman Sachs ORGANISATION']);
    // A person named at a body is still that person.
    expect(speakers('Priya Ramesh, an analyst at Colvin Securities, said the board would cut the dividend.')).toEqual(['Priya Ramesh (analyst at Colvin Securities) PERSON']);
  });

  it('links a definite description back to the person or body it was introduced with', () => {
    // A role whose head noun the description repeats, whatever the noun.
    expect(speakers('Dr Anna Reyes, an epidemiologist at Leeds University, led the study. The epidemiologist said 3 in 10 patients relapsed.')).toEqual([
      '-',
      'Anna Reyes (epidemiologist at Leeds University) PERSON',
    ]);
    // A body named in passing, not as a speaker.
    expect(speakers('Figures were released by the Department of Health on Monday. The department said 4,000 nurses had left.')).toEqual([
      '-',
      'the Department of Health ORGANISATION',
    ]);
    expect(speakers('Officials at the Defence Ministry confirmed the order. The ministry said it would spend 30 million euros.')).toEqual([
      'officials at the Defence Ministry ORGANISATION',
      'the Defence Ministry ORGANISATION',
    ]);
    expect(speakers('Ofwat, the water regulator, fined the company £10 million. The regulator said bills would rise by 5 percent.')).toEqual(['-', 'Ofwat ORGANISATION']);
    // "The report" speaks for whoever made it.
    expect(speakers('The Resolution Foundation published a report on Tuesday. The report found that 1.2 million households were behind on bills.')).toEqual([
      '-',
      'the Resolution Foundation ORGANISATION',
    ]);
    expect(speakers('A report by the Resolution Foundation was published on Tuesday. The report said 1.2 million households were behind on bills.')).toEqual([
      '-',
      'the Resolution Foundation ORGANISATION',
    ]);
  });

  it('finds no speaker in a participle without a subject', () => {
    expect(speakers('Not saying that the plan failed, the report found that costs rose by 30 percent.')).toEqual(['the report ORGANISATION']);
  });

  it('hands "I" and "we" back to the caller', () => {
    expect(speakers('I said the bridge is old.')).toEqual(['-']);
  });
});

describe('Discourse in more news formats', () => {
  it('takes "he"/"she" for the one who has just spoken, whose name told no gender, before one named further back', () => {
    expect(
      speakers('Mark Hopley said 30 trees had fallen, he added.\n\nIts chief meteorologist, Neil Armitage, said winds would reach 90mph. "We have never seen gusts like it," he said.'),
    ).toEqual(['Mark Hopley PERSON', 'Neil Armitage (its chief meteorologist) PERSON', 'Neil Armitage (its chief meteorologist) PERSON']);
  });

  it('gives "the force", "the forecaster" and "the operator" of a business the named body just spoken of, not "the union"', () => {
    expect(speakers('A man died on the A30, Devon Police said. Officers were called at 3pm, the force said.')).toEqual(['Devon Police ORGANISATION', 'Devon Police ORGANISATION']);
    expect(speakers('The Met Office extended its warning.\n\nA gust of 93mph was recorded, the forecaster said.')).toEqual(['-', 'the Met Office ORGANISATION']);
    expect(speakers('Harbour Railways cancelled all trains. The operator said 30 trees were on the line.')).toEqual(['-', 'Harbour Railways ORGANISATION']);
    expect(speakers('Acme Foods said 200 jobs would go. The union said 300 would.')).toEqual(['Acme Foods ORGANISATION', 'the union ORGANISATION']);
  });

  it('gives what "X\'s office" says to X, and "the survey\'s figures" to the survey named before', () => {
    expect(speakers('Sara Ortuno, the water minister, said 312 wells were sealed. Ortuno\'s office said 85 more would be.')).toEqual([
      'Sara Ortuno (the water minister) PERSON',
      'Sara Ortuno (the water minister) PERSON',
    ]);
    expect(speakers('The aquifer lost 2 billion cubic metres, according to the Spanish Geological Survey. A third of wells were abandoned, the survey\'s figures show.')).toEqual([
      'the Spanish Geological Survey ORGANISATION',
      'the Spanish Geological Survey ORGANISATION',
    ]);
  });

  it('reads "A National Grid spokesperson" as speaking for National Grid, and a following "she" too (session 13)', () => {
    expect(speakers('A National Grid spokesperson said 12,000 homes were reconnected. She said some would wait until Thursday.')).toEqual([
      'National Grid ORGANISATION',
      'National Grid ORGANISATION',
    ]);
  });

  it('finds the full name of a surname given an age ("Pérez, 63,"), from a mention in passing before', () => {
    expect(speakers('When Antonio Pérez dug his first well, he struck water. "It was easy," Pérez, 63, said.')).toEqual(['-', 'Antonio Pérez PERSON']);
  });

  it('reads a body\'s name with a lower-case title word in it, and without its short name in brackets', () => {
    expect(speakers('The Association of Local Accommodation Owners, which represents 3,000 hosts, said lets were 5% of homes.')).toEqual(['the Association of Local Accommodation Owners ORGANISATION']);
    expect(speakers('The population fell by 17%, according to census data from the National Statistics Institute (INE).')).toEqual(['the National Statistics Institute ORGANISATION']);
  });

  it('writes a group in lower case when the article writes its first word so elsewhere', () => {
    expect(speakers('Housing campaigners blame holiday lets for rising rents. The housing stock is small.')).toEqual(['housing campaigners ORGANISATION', '-']);
    expect(speakers('Labour councillors say the cuts will save 300,000 pounds.')).toEqual(['Labour councillors ORGANISATION']);
  });

  it('reads a job with its place of work as a role, whatever the word, without a relative clause after it', () => {
    expect(speakers('"The licensed wells take more," said Elena Roca, a hydrologist at the Polytechnic University of Cartagena who has studied the aquifer.')).toEqual([
      'Elena Roca (hydrologist at the Polytechnic University of Cartagena) PERSON',
    ]);
  });

  it('gives "its plan" and "its report" to the body "it" means, and "the council" to the council named last', () => {
    expect(speakers('The Segura basin authority cut the limits in 2020. Its plan, published in January, estimates that the aquifer is overdrawn.')).toEqual(['-', 'the Segura basin authority ORGANISATION']);
    expect(speakers('The city council stopped new licences. Porto city council voted on Monday. Owners will be refused, the council said.')).toEqual(['-', '-', 'Porto city council ORGANISATION']);
  });

  it('gives "the company", "the bank" a body named earlier, even one named only in passing or as where a group works', () => {
    expect(speakers('Profits at Garnett Holdings fell 9% on Monday. The company said demand was weak.')).toEqual(['-', 'Garnett Holdings ORGANISATION']);
    expect(speakers('Economists at Pell Whitacre said growth would slow. According to the bank, inflation will reach 4%.')).toEqual([
      'economists at Pell Whitacre ORGANISATION',
      'Pell Whitacre ORGANISATION',
    ]);
  });

  it('keeps "the company", "the bank", "the club" as written when no body, or only one of another kind, was named', () => {
    expect(speakers('The company said demand was weak.')).toEqual(['the company ORGANISATION']);
    expect(speakers('According to the bank, inflation will reach 4%.')).toEqual(['the bank ORGANISATION']);
    expect(speakers('A man was arrested, Westmoor Police said. The club said it would ban him.')).toEqual(['Westmoor Police ORGANISATION', 'the club ORGANISATION']);
  });

  it('gives "a spokesperson" the one body named in the sentence before, in the same paragraph only', () => {
    expect(speakers('We asked the Ministry of Health for a comment. A spokesperson said the plan had not changed.')).toEqual(['-', 'the Ministry of Health ORGANISATION']);
    expect(speakers('We asked the Ministry of Health and the Treasury Department. A spokesperson said the plan had not changed.')).toEqual(['-', 'a spokesperson PERSON']);
    expect(speakers('We asked the Ministry of Health for a comment.\n\nA spokesperson said the plan had not changed.')).toEqual(['-', 'a spokesperson PERSON']);
  });

  it('gives "the club" the club a name ends in ("Harrowby Town", "Castlebridge Rovers"), not a council named with "City"', () => {
    expect(speakers('Two stewards were hurt, according to a statement from Harrowby Town. Police said four people were arrested. The club said it would ban them.')).toEqual([
      'Harrowby Town ORGANISATION',
      'police ORGANISATION',
      'Harrowby Town ORGANISATION',
    ]);
    expect(speakers('Castlebridge City Council agreed a loan to Castlebridge Rovers. The club said building would start soon.')).toEqual(['-', 'Castlebridge Rovers ORGANISATION']);
  });

  it('gives "It said", "It blamed" the body that spoke in the sentence before, not a body named after it', () => {
    expect(speakers('The club said the report was wrong. The report said debts were £21 million. The club said in a statement that work would start. It said the ground would hold 12,000.')).toEqual([
      'the club ORGANISATION',
      'the report ORGANISATION',
      'the club ORGANISATION',
      'the club ORGANISATION',
    ]);
    expect(speakers('The Kitchen Table Trust, a charity that runs 300 clubs, said demand had risen. It blamed rising food prices.')).toEqual([
      'the Kitchen Table Trust ORGANISATION',
      'the Kitchen Table Trust ORGANISATION',
    ]);
  });

  it('gives "the report" the one who spoke in a report, and "the company" the body described as one', () => {
    expect(speakers('The Audit Committee had warned in a report last month that the loan was risky. The report said debts were £21 million.')).toEqual([
      'the Audit Committee ORGANISATION',
      'the Audit Committee ORGANISATION',
    ]);
    expect(speakers('The blast hit a plant run by Azotek, a state-owned company, the news agency ONA said. The company said it would pay compensation.')).toEqual([
      'ONA ORGANISATION',
      'Azotek ORGANISATION',
    ]);
  });

  it('reads a fronted year, a reflexive and a statement as no part of the speaker', () => {
    expect(speakers('In 2023 HM Inspectorate of Constabulary found that the force had failed to record crimes.')).toEqual(['HM Inspectorate of Constabulary ORGANISATION']);
    expect(speakers('The Secretary of Defense himself said it would be a suicide mission.')).toEqual(['the Secretary of Defense ORGANISATION']);
    expect(speakers('Two stewards were treated for injuries, according to a statement from Westmoor Rovers.')).toEqual(['Westmoor Rovers ORGANISATION']);
  });

  it('matches every title word of "the prosecutor general", reads a short name by its initials and a body\'s own name past its owner', () => {
    expect(speakers('"We followed every rule," Azotek\'s director general, Pavel Dorin, said. The prosecutor general\'s office said it had opened a case.')).toEqual([
      "Pavel Dorin (Azotek's director general) PERSON",
      "the prosecutor general's office ORGANISATION",
    ]);
    expect(speakers('Figures from the Office for National Statistics show that crime fell. The ONS itself says police figures can rise.')).toEqual([
      'the Office for National Statistics ORGANISATION',
      'the Office for National Statistics ORGANISATION',
    ]);
    expect(speakers("The council's Audit and Governance Committee warned that the loan was risky.")).toEqual(['the Audit and Governance Committee ORGANISATION']);
  });

  it('names one described then named after a relative clause by the name', () => {
    expect(speakers('"We told the council three times," said one woman, who gave only her first name, Marta.')).toEqual(['Marta PERSON']);
  });

  it('gives "the study" the study a closing frame introduced', () => {
    expect(speakers('Pupils scored higher in maths, a study published in the journal Child Reports has found. Children were two months ahead, the study found.')).toEqual([
      'a study published in the journal Child Reports ORGANISATION',
      'a study published in the journal Child Reports ORGANISATION',
    ]);
  });
});
