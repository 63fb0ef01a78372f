// Word lists behind the dense linguistic features. They are looked up by token
// hash (see tokenize.ts): one Map lookup per token gives a bit mask of every
// list the word is in.
import { hashWord } from './tokenize';

function wordList(words: string): string[] {
  return words.split(/\s+/).filter(Boolean);
}

const LISTS = {
  percent: wordList('% percent percentage percentages'),
  money: wordList('$ dollar dollars cents budget budgets tax taxes deficit deficits debt debts spending spend spent cost costs paid pay wage wages salary income revenue trillion billion million'),
  numberWord: wordList(
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions half twice double doubled triple tripled quadrupled dozen dozens third quarter',
  ),
  comparative: wordList(
    'more less fewer than higher lower bigger larger smaller greater better worse increase increased increases increasing decrease decreased decreases decreasing rise rose risen fall fell fallen grew grown growth cut cuts raised reduce reduced drop dropped up down',
  ),
  superlative: wordList('most least best worst largest biggest highest lowest greatest smallest first last only never ever record every all none nobody'),
  firstSingular: wordList("i me my mine myself i'm i've i'd i'll"),
  firstPlural: wordList("we us our ours ourselves we're we've we'd we'll let's"),
  second: wordList("you your yours yourself you're you've you'd you'll"),
  modal: wordList("will would should could can may might must shall going gonna won't wouldn't shouldn't can't cannot couldn't i'll we'll you'll he'll they'll it'll"),
  opinion: wordList('think believe feel hope want wish guess suppose love hate agree disagree like sure honestly frankly fantastic great wonderful terrible horrible disgrace sad'),
  past: wordList("was were had did been said voted passed signed went came got made took gave told wasn't weren't didn't hadn't"),
  negation: wordList("not no never nothing don't doesn't didn't isn't aren't wasn't weren't won't can't cannot neither nor"),
  politeness: wordList('thank thanks hello welcome congratulations congratulate appreciate please sir ladies gentlemen goodnight evening morning applause laughter okay ok yes yeah well'),
  lawVote: wordList('law laws bill bills legislation voted vote votes passed signed act congress senate senator house court supreme amendment regulation regulations treaty agreement program'),
  questionStart: wordList("what why how who whom whose when where which do does did is are was were can could would should will have has isn't aren't don't doesn't didn't"),
  // Past actions that a record can confirm ("he voted against", "they cut taxes"):
  // CheckThat! marks such claims about deeds, not only numbers.
  actionVerb: wordList(
    'voted vote votes raised raise cut cuts signed passed created lost added increased doubled tripled spent built closed sent killed banned terminated approved opposed supported funded invested borrowed lowered eliminated ended started launched sold bought paid received won hired fired deported imported exported owed saved vetoed repealed appointed released invaded attacked withdrew declared shut opened moved grew fell rose dropped gave took made',
  ),
  thirdPerson: wordList("he she they his her their him them he's she's they're they've he'd she'd they'd"),
  perfect: wordList("have has had 've haven't hasn't hadn't"),
  existential: wordList("there there's"),
  time: wordList(
    "since ago today yesterday currently now recently last decade decades century january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday week weeks month months",
  ),
  topic: wordList(
    'economy jobs unemployment tax taxes healthcare health insurance medicare medicaid security social crime police guns immigration immigrants border military troops war nuclear oil energy climate trade deficit debt china russia iran mexico states country countries government federal administration virus pandemic vaccine hospital hospitals schools students wages manufacturing',
  ),
  statisticNoun: wordList('people jobs americans workers families children percent rate rates unemployment deaths killed died cases number numbers average times year years'),
} as const;

export type Cue = keyof typeof LISTS;

/** Bit of each cue in the masks of CUE_MASKS. */
export const CUE_BIT = Object.fromEntries(Object.keys(LISTS).map((name, i) => [name, 1 << i])) as Record<Cue, number>;

/** Token hash → bit mask of the cue lists that contain the word. */
export const CUE_MASKS: ReadonlyMap<number, number> = (() => {
  const masks = new Map<number, number>();
  for (const [name, words] of Object.entries(LISTS) as [Cue, string[]][]) {
    for (const w of words) {
      const h = hashWord(w);
      masks.set(h, (masks.get(h) ?? 0) | CUE_BIT[name]);
    }
  }
  return masks;
})();
