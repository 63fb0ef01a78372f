// Word lists behind the dense linguistic features. They are looked up by token
// hash (see tokenize.ts), so membership costs one Set lookup per token.
import { hashWord } from './tokenize';

function hashSet(words: string): Set<number> {
  return new Set(words.split(/\s+/).filter(Boolean).map(hashWord));
}

export const CUES = {
  percent: hashSet('% percent percentage percentages per-cent'),
  money: hashSet('$ dollar dollars cents budget budgets tax taxes deficit deficits debt debts spending spend spent cost costs paid pay wage wages salary income revenue trillion billion million'),
  numberWord: hashSet(
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions half twice double doubled triple tripled quadrupled dozen dozens third quarter',
  ),
  comparative: hashSet(
    'more less fewer than higher lower bigger larger smaller greater better worse increase increased increases increasing decrease decreased decreases decreasing rise rose risen fall fell fallen grew grown growth cut cuts raised reduce reduced drop dropped up down',
  ),
  superlative: hashSet('most least best worst largest biggest highest lowest greatest smallest first last only never ever record every all none nobody'),
  firstSingular: hashSet("i me my mine myself i'm i've i'd i'll"),
  firstPlural: hashSet("we us our ours ourselves we're we've we'd we'll let's"),
  second: hashSet("you your yours yourself you're you've you'd you'll"),
  modal: hashSet("will would should could can may might must shall going gonna won't wouldn't shouldn't can't cannot couldn't i'll we'll you'll he'll they'll it'll"),
  opinion: hashSet('think believe feel hope want wish guess suppose love hate agree disagree like sure honestly frankly fantastic great wonderful terrible horrible disgrace sad'),
  past: hashSet("was were had did been said voted passed signed went came got made took gave told wasn't weren't didn't hadn't"),
  negation: hashSet("not no never nothing don't doesn't didn't isn't aren't wasn't weren't won't can't cannot neither nor"),
  politeness: hashSet('thank thanks hello welcome congratulations congratulate appreciate please sir ladies gentlemen goodnight evening morning applause laughter okay ok yes yeah well'),
  lawVote: hashSet('law laws bill bills legislation voted vote votes passed signed act congress senate senator house court supreme amendment regulation regulations treaty agreement program'),
  questionStart: hashSet("what why how who whom whose when where which do does did is are was were can could would should will have has isn't aren't don't doesn't didn't"),
  statisticNoun: hashSet('people jobs americans workers families children percent rate rates unemployment deaths killed died cases number numbers average times year years'),
} as const;
