import { FEMALE_CUES, MALE_CUES } from './lexicon';

export type Gender = 'M' | 'F' | null;

// Common first names whose gender the suffix rules below would get wrong or
// cannot tell. English-language news names first, then frequent European ones.
export const MALE_NAMES = new Set(`
  john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence
  jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent
  mason roy ralph bobby russell bradley philip eugene boris vladimir volodymyr dmitry dmitri sergei sergey
  andriy oleksandr olaf emmanuel rishi keir joe barack bill tony gordon nigel xi narendra recep viktor
  andrzej donald mateusz luca marco mario pedro carlos miguel javier pablo hans klaus jurgen friedrich
  nikita ilya sasha mustafa ezra joshua andrea elon jeff mike tom tim jim bob rob ben sam dan nick ted
  gitanas renus vytautas algirdas gabrielius linas dainius arvydas laurynas kestutis saulius
  ali ahmed mohammed muhammad omar hassan yusuf ivan igor oleg yuri pavel petr jan lars olof mikael
  francois pierre jean jacques louis antoine giorgio giuseppe sergio matteo
`.trim().split(/\s+/));

export const FEMALE_NAMES = new Set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
  debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
  christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
  teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
  beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
  ursula kamala hillary theresa angela giorgia marine annalena kaja ingrida dalia agne agnė viktorija
  olena yulia iryna oksana natalia tatiana svetlana elena irina jane kate liz beth meg sue ann anne
  agnes ines iris doris lois dolores mercedes gladys phyllis chloe zoe amelie ingrid astrid mette
  sanna jacinda nicola liz priti suella yvette harriet miriam esther
`.trim().split(/\s+/));

/**
 * Best guess of a person's gender from the words before the name (Mr, spokeswoman …)
 * and the name itself; null when nothing tells.
 */
export function guessGender(nameParts: readonly string[], cueWords: readonly string[]): Gender {
  // "Mr Okafor's sister, Grace": the words before a possessive "'s" are another person's.
  let own = 0;
  for (let i = 0; i < cueWords.length; i++) if (cueWords[i] === "'s" || cueWords[i] === '’s') own = i + 1;
  for (const cue of own === 0 ? cueWords : cueWords.slice(own)) {
    const w = cue.toLowerCase();
    if (MALE_CUES.has(w)) return 'M';
    if (FEMALE_CUES.has(w)) return 'F';
  }
  if (nameParts.length === 0) return null;
  const first = nameParts[0].toLowerCase();
  if (MALE_NAMES.has(first)) return 'M';
  if (FEMALE_NAMES.has(first)) return 'F';
  return genderFromEndings(nameParts);
}

/**
 * The guess from the name's endings alone, for a first name in neither list: a guess that the
 * person's own "she"/"he" overrules (the endings are Baltic and Slavic ones: "Carys" is no "Linas").
 */
export function genderFromEndings(nameParts: readonly string[]): Gender {
  if (nameParts.length === 0) return null;
  const first = nameParts[0].toLowerCase();
  if (MALE_NAMES.has(first) || FEMALE_NAMES.has(first)) return null;
  const last = nameParts[nameParts.length - 1].toLowerCase();
  // Baltic and Slavic surnames mark the gender: Šimonytė, Nausėdienė, Petrova.
  if (nameParts.length > 1 && /(ienė|aitė|ytė|utė|ūtė|ova|eva|skaya|ska|ovna|evna)$/.test(last)) return 'F';
  if (nameParts.length < 2) return null;
  if (/(as|is|ys|us|ius|o)$/.test(first)) return 'M';
  if (/(a|ė|ie|ine|ette|elle)$/.test(first)) return 'F';
  return null;
}
