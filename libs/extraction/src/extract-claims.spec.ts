import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKWORTHINESS_MODEL_VERSION, CHECKWORTHINESS_THRESHOLD, EXTRACTION_ENGINE_VERSION, extractClaims, type ExtractedClaim } from './index';

const body = readFileSync(join(__dirname, '../../../test/fixtures/lithuania-cluster-munitions.txt'), 'utf8');
const title = 'Lithuania has withdrawn from the Convention on Cluster Munitions to deter Russia';

function find(claims: readonly ExtractedClaim[], fragment: string): ExtractedClaim {
  const hit = claims.find((c) => c.quote.includes(fragment));
  if (hit === undefined) throw new Error(`no claim quoting "${fragment}" among:\n${claims.map((c) => c.quote).join('\n')}`);
  return hit;
}

describe('extractClaims on the reference article', () => {
  const withTitle = extractClaims({ body, title, source: 'LRT' });
  const withoutTitle = extractClaims({ body });

  it.each([
    ['with a title', withTitle],
    ['without a title or source', withoutTitle],
  ])('quotes the body exactly at its offsets (%s)', (_label, result) => {
    expect(result.claims.length).toBeGreaterThan(5);
    for (const c of result.claims) {
      expect(body.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
      expect(c.quote).toBe(c.quote.trim());
    }
  });

  it.each([
    ['with a title', withTitle],
    ['without a title or source', withoutTitle],
  ])('returns no page furniture (%s)', (_label, result) => {
    for (const c of result.claims) {
      expect(c.quote).not.toMatch(/Share this article|Facebook|Twitter|LinkendIn|Article top vertical|Diplomacy/);
      expect(c.quote.startsWith(title)).toBe(false);
    }
  });

  it('finds the vote as a QUANTITY claim of the publisher', () => {
    const vote = find(withTitle.claims, '99 members of parliament');
    expect(vote.text).toBe('The decision was supported by 99 members of parliament, one opposed, and three abstained');
    expect(vote.claimType).toBe('QUANTITY');
    expect(vote.claimant).toBe('LRT');
    expect(find(withoutTitle.claims, '99 members').claimant).toBeNull();
  });

  it('attributes the defensive-use pledge to Renus Pleshkis with his role, without the frame', () => {
    const pledge = find(withTitle.claims, 'solely for defensive purposes');
    expect(pledge.claimant).toBe('Renus Pleshkis');
    expect(pledge.claimantRole).toBe('Lithuanian Deputy Minister of National Defense');
    expect(pledge.text).toBe('cluster munitions would be used solely for defensive purposes');
    expect(pledge.quote).toBe('Pleshkis emphasized that cluster munitions would be used solely for defensive purposes.');
  });

  it('types the procurement-cost claim as CORRELATION_CAUSATION and strips "He said"', () => {
    const cost = find(withTitle.claims, 'procurement costs');
    expect(cost.quote).toBe('He said the use of such munitions significantly reduces the need for standard ammunition, thus cutting procurement costs.');
    expect(cost.text).toBe('the use of such munitions significantly reduces the need for standard ammunition, thus cutting procurement costs');
    expect(cost.claimType).toBe('CORRELATION_CAUSATION');
    expect(cost.claimant).toBe('Renus Pleshkis');
  });

  it('finds the effectiveness claim and the minimisation pledge', () => {
    const eff = find(withTitle.claims, 'the war in Ukraine has demonstrated their high effectiveness in repelling large-scale attacks');
    expect(eff.claimant).toBe('Renus Pleshkis');
    const pledge = find(withTitle.claims, 'the country will take all necessary measures to minimize their impact');
    expect(pledge.claimType).toBe('PREDICTION');
    expect(pledge.claimant).toBe('Renus Pleshkis');
  });

  it('resolves "According to him" and "According to the President\'s Office"', () => {
    expect(find(withTitle.claims, 'According to him').claimant).toBe('Renus Pleshkis');
    const office = find(withTitle.claims, "According to the President's Office");
    expect(office.claimant).toBe("the President's Office");
    expect(office.claimantRole).toBeNull();
    expect(office.text.startsWith('international restrictions lower')).toBe(true);
  });

  it('scores every claim with the check-worthiness model and records both versions', () => {
    expect(withTitle.modelVersion).toContain(EXTRACTION_ENGINE_VERSION);
    expect(withTitle.modelVersion).toContain(CHECKWORTHINESS_MODEL_VERSION);
    for (const c of withTitle.claims) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
      expect(c.checkworthy).toBe(c.checkworthiness >= CHECKWORTHINESS_THRESHOLD);
    }
  });
});

describe('extractClaims on frames that are not plain reporting', () => {
  const body = [
    'The Bank of England expects inflation to fall to 2 percent by next spring but warned that energy prices could push it higher again.',
    'Economists attributed the rise in unemployment to higher interest rates.',
    'The government pledged to build 300,000 homes a year.',
    'The UK has pledged to reach net zero by 2050, the minister said.',
    'Browning, the mayor, said the city had cut its deficit by 12 million dollars.',
    'Avanti West Coast says 40 percent of its trains ran late in March.',
  ].join('\n\n');
  const { claims } = extractClaims({ body, source: 'Northern Echo' });
  const pick = (fragment: string): Pick<ExtractedClaim, 'text' | 'claimant' | 'claimantRole' | 'claimantKind' | 'claimType'> => {
    const c = find(claims, fragment);
    return { text: c.text, claimant: c.claimant, claimantRole: c.claimantRole, claimantKind: c.claimantKind, claimType: c.claimType };
  };

  it('gives the clause after "but warned that" to the subject of the first, without its frame', () => {
    expect(pick('energy prices')).toEqual({
      text: 'The Bank of England expects inflation to fall to 2 percent by next spring but energy prices could push it higher again',
      claimant: 'the Bank of England',
      claimantRole: null,
      claimantKind: 'ORGANISATION',
      claimType: 'PREDICTION',
    });
  });

  it('reads "attributed X to Y" as the subject\'s claim of causation', () => {
    expect(pick('attributed')).toEqual({
      text: 'attributed the rise in unemployment to higher interest rates',
      claimant: 'economists',
      claimantRole: null,
      claimantKind: 'ORGANISATION',
      claimType: 'CORRELATION_CAUSATION',
    });
  });

  it('takes what was pledged as the statement, a prediction of the one who pledged it', () => {
    expect(pick('300,000 homes')).toEqual({ text: 'build 300,000 homes a year', claimant: 'the government', claimantRole: null, claimantKind: 'ORGANISATION', claimType: 'PREDICTION' });
    expect(pick('net zero')).toEqual({ text: 'The UK has pledged to reach net zero by 2050', claimant: 'the minister', claimantRole: null, claimantKind: 'PERSON', claimType: 'PREDICTION' });
  });

  it('names the person before an appositive role, and a company as an organisation', () => {
    expect(pick('Browning')).toMatchObject({ claimant: 'Browning', claimantRole: 'the mayor', claimantKind: 'PERSON' });
    expect(pick('Avanti')).toMatchObject({ text: '40 percent of its trains ran late in March', claimant: 'Avanti West Coast', claimantKind: 'ORGANISATION' });
  });
});

describe('extractClaims on a quotation opened after a frame the writer reports', () => {
  it('gives the rest of the quotation to the one saying it, not to nobody', () => {
    const text = `Mayor Dan Keeling repeated the claim on Monday, saying: "Violent crime is down 25 per cent. That's not an opinion, it's in the police figures."`;
    const { claims } = extractClaims({ body: text, source: 'Eastmoor Post' });
    expect(find(claims, 'down 25 per cent').claimant).toBe('Dan Keeling');
    expect(find(claims, "it's in the police figures").claimant).toBe('Dan Keeling');
  });
});

describe('extractClaims on figures shown after a colon', () => {
  it('gives the clause after the colon to the body the figures are from, known by its initials', () => {
    const text = 'Figures from the Office for National Statistics show that crime fell. That is also wrong: the same ONS figures show falls in 2023 and 2024.';
    const { claims } = extractClaims({ body: text, source: 'Eastmoor Post' });
    expect(find(claims, 'falls in 2023').claimant).toBe('the Office for National Statistics');
  });
});
