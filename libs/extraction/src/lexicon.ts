// Word lists shared by the stages. Kept small and general: they describe how
// English news is written, not any one article.
// The rule stages read these on every token, so each takes local copies
// (`const { ROLE_WORDS } = lexicon`): tsx, which runs the benchmarks, reads an
// imported binding through a getter call every time; tsc's CommonJS output does not.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs that frame reported speech: "X said that …", "…, X added." */
export const REPORTING_VERBS = set(`
  say says said saying state states stated note notes noted claim claims claimed
  emphasize emphasizes emphasized emphasise emphasises emphasised mention mentions mentioned
  add adds added assure assures assured tell tells told argue argues argued warn warns warned
  explain explains explained insist insists insisted stress stresses stressed announce announces announced
  report reports reported confirm confirms confirmed acknowledge acknowledges acknowledged admit admits admitted
  write writes wrote assert asserts asserted maintain maintains maintained suggest suggests suggested
  allege alleges alleged estimate estimates estimated predict predicts predicted reveal reveals revealed
  declare declares declared observe observes observed remark remarks remarked comment comments commented
  respond responds responded reply replies replied recall recalls recalled promise promises promised
  pledge pledges pledged vow vows vowed conclude concludes concluded indicate indicates indicated
  disclose discloses disclosed highlight highlights highlighted underline underlines underlined
  underscore underscores underscored contend contends contended reiterate reiterates reiterated
  clarify clarifies clarified believe believes believed think thinks thought
  tweet tweets tweeted posted
  caution cautions cautioned countered
  interject interjects interjected retort retorts retorted
`);

/** Verbs that frame a finding only when "that" follows: "The report found that …", "She pointed out that …". */
export const THAT_VERBS = set('found finds find showed shows show concluded concludes suggested suggests revealed reveals accepted accepts conceded concedes agreed agrees pointed points informed informs');

/**
 * Verbs of denial: "The trust denied that it had ignored the warning" is the trust's statement as a whole; lifting
 * the clause after "that" out would state the opposite of what it said.
 */
export const DENIAL_VERBS = set('deny denies denied');

/** Nouns for published figures ("police figures show …", "according to data released by …"). */
export const DATA_NOUNS = set('data figures statistics numbers report reports study studies survey surveys poll polls research analysis estimates records count audit audits outlook');

/** Words that describe a body before its name and are no part of it: "the nonpartisan Office of Legislative Budget Analysis". */
export const BODY_EPITHETS = set('nonpartisan bipartisan independent influential left-leaning right-leaning centre-right centre-left center-right center-left conservative liberal libertarian progressive nonprofit non-profit not-for-profit respected prestigious powerful embattled troubled');

/** What a public body decides in writing, which speaks for it: "As per the tariff order, …" after the commission approved it. */
export const RULING_NOUNS = set('order ruling decision judgment judgement notification circular directive determination');

/** What a body files or issues in its own words, which "the filing" or "the statement" later speaks for: "said in a filing with the SEC". */
export const FILED_NOUNS = set('statement filing notice release submission disclosure application petition accounts');

/** Days and months, capitalised in a time phrase that names nobody: "released on Thursday by …". */
export const CALENDAR_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
`);

/** Verbs that say who published figures: "data released by …". */
export const PUBLISHED_VERBS = set('released published compiled collected issued produced gathered commissioned provided filed');

/** Verbs that frame a finding without "that" when figures are their subject: "Police figures show crime fell." */
export const SHOW_VERBS = set('show shows showed suggest suggests suggested indicate indicates indicated');

/** Verbs of expecting and intending: "X expects A but warned that B" is X's statement through and through. */
export const FORECAST_VERBS = set(`
  expect expects expected anticipate anticipates anticipated forecast forecasts project projects projected
  foresee foresees hope hopes hoped plan plans planned intend intends intended aim aims aimed
`);

/**
 * Verbs of a subject's own forecast or estimate, framed whole when no "that" follows: "The bureau also expects
 * below-median rainfall", "The alliance estimates each student spends $38,000 a year".
 */
export const OWN_VIEW_VERBS = set('expects forecasts predicts projects anticipates estimates');

/** Reporting verbs that promise the speaker's own action when an infinitive follows: "pledged to cut …". */
export const PROMISE_VERBS = set('promise promises promised pledge pledges pledged vow vows vowed');

/**
 * Verbs that put an effect down to a cause, with the preposition that introduces the cause:
 * "X attributed the rise to Y", "X blamed the delay on Y", "X credited the drug with the fall".
 */
export const CAUSE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ['attribute attributes attributed ascribe ascribes ascribed', 'to'],
    ['blame blames blamed', 'on for'],
    // "credited the decline to the unit": a change put down to a cause (not "credited £40 to his account", see isCauseVerb).
    ['credit credits credited', 'with for to'],
  ].flatMap(([verbs, preps]) => verbs.split(' ').map((v) => [v, set(preps)] as const)),
);

/**
 * Participles that add a statement of the speaker's after a frame: "…, said X, adding that B",
 * "X said A, noting that B". With "that" after them, B is the speaker's second statement.
 */
export const ADDING_PARTICIPLES = set('adding noting saying warning insisting arguing explaining stressing claiming admitting conceding acknowledging pointing');

/**
 * Court reports name counsel by a participle in apposition ("Helen Marsh, prosecuting, told the
 * court …", "Tom Reid, defending, said …"): the participle and the role it stands for.
 */
export const COURT_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['prosecuting', 'prosecutor'],
  ['defending', 'defence counsel'],
  ['mitigating', 'defence counsel'],
]);

/** Reporting verbs whose complement is a question, not an assertion. */
export const QUESTION_VERBS = set('ask asks asked wonder wonders wondered inquire inquires inquired');

/** Words that make up a person's title or job, capitalised or not. */
export const ROLE_WORDS = set(`
  president vice deputy minister prime secretary general spokesman spokeswoman spokesperson
  chairman chairwoman chair chairperson chief head director executive officer ceo cfo coo founder co-founder leader
  senator sen. rep. representative congressman congresswoman governor gov. lt. atty. gen. sgt. det. supt. insp. capt. col. mayor ambassador commissioner
  chancellor premier foreign defense defence national interior finance economy economic health education
  justice affairs state member mp mep lawmaker legislator professor prof prof. dr dr. doctor analyst expert
  economist researcher scientist lieutenant colonel major captain commander admiral sergeant general
  king queen prince princess pope judge attorney lawyer prosecutor adviser advisor official officials coach
  manager editor correspondent reporter mr mr. mrs mrs. ms ms. miss sir lady lord dame rev rev. bishop
  archbishop speaker agriculture transport energy environment labour labor culture trade industry security
  intelligence army armed forces staff joint acting former ex incumbent current senior junior press
  vice-president vice-minister undersecretary under-secretary secretary-general attorney-general
  controller comptroller councilmember alderwoman assemblyman assemblywoman assemblymember
  director-general managing deputy-minister chief-of-staff
  foreign-affairs home digital science technology research development regional local federal
  city county district opposition ruling party caucus whip ombudsman auditor envoy diplomat consul
  adviser councillor councilor councilman councilwoman alderman economist lawyer activist campaigner
  superintendent inspector constable detective sheriff marshal treasurer
  author co-author writer historian journalist columnist commentator engineer teacher nurse surgeon physician
  epidemiologist psychologist statistician chemist physicist biologist owner pilot candidate nominee partner
  organiser organizer volunteer employee agent broker trader banker consultant fellow
  pensioner retiree resident farmer student parent mother father shopkeeper worker driver patient survivor
  democrat democrats republican republicans
`);

/** Heads of organisation names: "the Ministry of Defence", "the President's Office". */
export const ORG_WORDS = set(`
  office ministry government agency department police kremlin commission council parliament seimas congress
  senate committee bank institute university company corporation corp corp. inc inc. ltd ltd. group union
  association federation organisation organization authority authorities service services bureau court
  army navy forces military embassy administration cabinet party board centre center foundation
  fund watch rights international news times post journal press tv radio agency network observatory
  house palace parliament's government's ministry's office's police's kremlin's nato un eu who imf
  statistics survey poll study report data hospital school union league alliance coalition
  constabulary trust society college academy institution laboratory clinic brigade force
  museum gallery library theatre theater orchestra zoo assembly legislature division directorate
`);

/**
 * Role words that name a field, not a person: "Health" in "Health Secretary", "Public Health Scotland". Before one
 * capitalised word they make no title of a person ("Public Health Scotland" is no Mr Scotland).
 */
export const FIELD_WORDS = set(`
  health education finance defence defense foreign interior transport energy environment agriculture culture trade
  industry security intelligence justice affairs economy economic labour labor digital science technology research
  development public
`);

/** Titles that denote one person: "the mayor said" refers to the mayor named before. */
export const PERSON_TITLES = set(`
  president minister mayor spokesman spokeswoman spokesperson director chairman chairwoman chair chief head secretary
  senator governor ambassador commissioner chancellor premier leader economist analyst expert professor doctor judge
  prosecutor lawyer councillor councilor engineer manager ceo founder coach adviser advisor researcher scientist
  commander general officer official lieutenant sergeant detective captain sheriff gov. lt. sgt. det. capt. col. insp. supt.
`);

/** Common nouns for groups and bodies that start a sentence with a capital: "Officials said …". */
export const GROUP_NOUNS = set(`
  officials police analysts experts economists residents witnesses critics investors doctors scientists researchers
  authorities prosecutors lawmakers ministers diplomats sources observers campaigners activists officers soldiers
  protesters organisers organizers health government ministry statistics data figures polls studies
  parents inspectors teachers workers nurses patients passengers families neighbours aides advisers forecasters
  leaders bosses executives managers
`);

/** Adjectives that open a group of people ("Opposition councillors", "Local residents"): common words, capitalised or not. */
export const GROUP_MODIFIERS = set('opposition local senior junior other some many several most few leading independent rival fellow');

/** Common nouns that introduce a company's or body's name: "the grid operator Red Eléctrica". */
export const COMPANY_NOUNS = set(`
  company firm group operator utility carrier airline bank broker broadcaster regulator agency organisation organization
  manufacturer maker retailer insurer lender producer supplier watchdog publisher newspaper broadcaster channel
  startup start-up conglomerate giant chain charity club party union network platform app service exchange fund body
  developer housebuilder consultancy
`);

/**
 * Trade and service words that make a capitalised name a business's or a service's, never a
 * person's: "Avanti West Coast", "Thames Water", "Royal Mail", "General Motors".
 */
export const BODY_NAME_WORDS = set(`
  coast water rail railway railways trains trams buses airways airlines airport airports mail gas electric
  electricity motors holdings capital partners insurance foods brands systems technologies solutions labs
  studios telecom telecoms communications entertainment logistics industries enterprises ventures mobile broadband
  networks media catering ferries ferry coaches shipping freight haulage recycling recovery waste utilities estates
  developments construction
  investments properties homes hotels resorts stores supermarkets pharmaceuticals pharma healthcare
  bakeries bakery breweries brewery dairies distillers mills engineering manufacturing textiles chemicals
`);

/**
 * Words that end a sports club's name: "Harrowby Town", "Castlebridge Rovers", "Leeds United". As the
 * last word of a capitalised name (not "Castlebridge City Council"), a club's, never a person's; "the
 * club" may mean it.
 */
export const CLUB_NAME_WORDS = set('fc afc united rovers athletic wanderers albion rangers hotspur harriers academicals town city county');

/** Words that, capitalised before another capitalised word, name a place: "West Coast", "Northern Ireland", "Greater Manchester". */
export const PLACE_PREFIXES = set('north south east west northern southern eastern western central greater upper lower');

/** Verbs that say who made a report or a study: "The foundation published a report", "Reyes led the study". */
export const DOCUMENT_VERBS = set('published released issued produced compiled commissioned conducted carried led authored ran');

/** Words before a name that fix its gender. */
export const MALE_CUES = set('mr mr. sir lord king prince spokesman chairman congressman businessman father brother son husband uncle grandfather monsieur herr señor');
export const FEMALE_CUES = set('mrs mrs. ms ms. miss madam lady dame queen princess spokeswoman chairwoman congresswoman businesswoman mother sister daughter wife aunt grandmother madame frau señora');

/** Social networks and share widgets, as they appear in "share" rows. */
export const SOCIAL_WORDS = set(`
  facebook twitter x linkedin linkendin linkdin whatsapp telegram viber messenger reddit pinterest tumblr
  instagram youtube tiktok threads bluesky mastodon vk vkontakte weibo wechat line flipboard pocket email e-mail
  mail sms print copy link url rss snapchat skype discord signal xing
`);

/** Words that may fill out a share row without making it prose. */
export const SHARE_FILLER = set('share on via with us follow tweet post send this article story page the and or | · • / - – — :');

/** Cardinal numbers written as words. */
export const NUMBER_WORDS = set(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions trillion dozen dozens half third thirds quarter
  quarters percent per cent percentage double doubled triple tripled quadrupled halved twice thrice
  majority minority
`);

/** "her organisation": whose body, by the pronoun's gender. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'M' | 'F'> = new Map([
  ['his', 'M'],
  ['her', 'F'],
]);

export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'M' | 'F' | 'N' | 'P'> = new Map([
  ['he', 'M'], ['him', 'M'], ['she', 'F'], ['her', 'F'], ['it', 'N'], ['they', 'P'], ['them', 'P'],
]);

/** Function words a hard-wrapped line may end on (a headline would not). */
export const DANGLING_WORDS = set('a an the of to in on at for from with by and or but that which who as than its their his her our is are was were has have had be');

/** Words that open a line with a colon and are no speaker: "Update: …", "Analysis: …". */
export const NOT_SPEAKER_LABELS = set(`
  update updated note watch listen read breaking analysis opinion comment exclusive live warning correction
  clarification disclaimer source sources photo photos picture pictured image video credit caption
  background context explainer factbox timeline key related more see also pictures quote quotes summary
  what why how when where who
`);
/** Turn labels of the interviewer, and of whoever is interviewed. */
export const QUESTION_LABELS = set('q question interviewer');
/** Roles of who asks the questions, never who answers them. */
export const JOURNALIST_WORDS = set('reporter correspondent editor journalist columnist interviewer presenter host anchor writer');
export const ANSWER_LABELS = set('a answer');

/** Nouns that describe one unnamed person: "a source close to the player", "a farmer near Ambleside". */
export const PERSON_NOUNS = set(`
  source insider witness neighbour neighbor friend relative passenger customer fan supporter man woman person
  farmer executive worker resident parent teacher nurse doctor official spokesman spokeswoman spokesperson voter
  employee officer member aide diplomat lawyer analyst shopkeeper driver pensioner student survivor victim
  mother father owner manager director volunteer organiser organizer campaigner activist investor businessman businesswoman
  sister brother son daughter wife husband partner widow widower cousin niece nephew uncle aunt grandmother grandfather
  motorist islander commuter shopper rider cyclist homeowner tenant landlord patient pupil parishioner villager
`);

/** Verbs wink-nlp tags as nouns between a subject and an object: "Rising rents drive families away." */
export const NOUN_TAGGED_VERBS = set('drive drives push pushes force forces fuel fuels cost costs hit hits hurt hurts cut cuts help helps need needs keep keeps leave leaves put puts price prices');

/** Who "hears" evidence: "The court heard that …", "…, a jury at Kingsford Crown Court has heard." */
export const HEARING_BODIES = set('court jury jurors tribunal inquiry inquest hearing');

/** Company nouns that may stand for any body named before ("the company said"); the others need it named with them. */
export const GENERIC_BODY_NOUNS = set('company firm group organisation organization business body');

/** Words that name a public body in its name ("the European Commission", "the Home Office"): no business "the company" or "the firm" may mean. */
export const PUBLIC_BODY_WORDS = set('office ministry government department police commission council parliament congress senate committee court authority authorities embassy administration cabinet inspectorate tribunal');

/** Nouns for a business only: "the company", "the firm". */
export const BUSINESS_NOUNS = set('company firm business');

/**
 * A business's kind, which "the insurer" or "the retailer" says of the one business the story is about when it
 * named it in passing only ("Shares of Harborline Health fell 14%. The insurer said …").
 */
export const TRADE_NOUNS = set('insurer retailer lender airline carrier manufacturer maker chipmaker supermarket supplier producer bank broker developer housebuilder brewer grocer publisher broadcaster');

/** The last words of a builder's name: "Harlow Homes", "Brook Properties". */
const BUILDER_NAME_WORDS = ['homes', 'properties', 'developments', 'estates', 'construction'];

/**
 * Descriptions that news uses for a body of a kind its name gives away, though they share no word:
 * "the force" for a police force. The words of the name that say which body the description may mean.
 */

export const BODY_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['force', ['police', 'constabulary']],
  // "the agency" for "the Millbridge Area Transit Authority", "the Food Standards Administration".
  ['agency', ['authority', 'administration', 'commission', 'bureau', 'service', 'department']],
  // "the utility" for "Ridgeport Water Works", "Tule Valley Electric".
  ['utility', ['works', 'water', 'power', 'electric', 'energy', 'gas', 'utilities']],
  ['club', [...CLUB_NAME_WORDS]],
  // "the developer" for "Harlow Homes".
  ['developer', BUILDER_NAME_WORDS],
  ['housebuilder', BUILDER_NAME_WORDS],
]);

/**
 * Nouns news uses for the same kind of body: "the homewares retailer Hartley & Lowe" is "the chain" later, "the
 * water regulator Ofwat" "the watchdog". A body described with one may be meant by the others.
 */
export const KIND_SYNONYMS: readonly (readonly string[])[] = [
  ['retailer', 'chain', 'supermarket'],
  ['regulator', 'watchdog'],
  ['lender', 'bank'],
  ['airline', 'carrier'],
  ['broadcaster', 'channel'],
];

/**
 * Texts of law and rule, which say nothing themselves: "the state law said that B" is the speaker's
 * statement of what the law is (LAWS_RULES), not a statement of the law's.
 */
export const RULE_NOUNS = set('law laws rule rules constitution act statute statutes regulation regulations treaty convention code bill charter directive ordinance');
