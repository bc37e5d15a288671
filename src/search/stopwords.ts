/** Words that carry no meaning for matching: English function words, the leftovers of contractions, and chat filler. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto as is are was were be been being am ' +
    'it its this that these those there here i me my we our us you your yours he she they them their his her ' +
    'do does did doing done have has had having can could should would will shall may might must ' +
    'not no nor so than too very just also only even still yet again ever all any some each every both either ' +
    'what which who whom whose when where why how whats hows whether ' +
    'about above after before below between during over under up down out off via per ' +
    'hi hey hello thanks thank thx please pls plz ok okay yes yeah yep nope hmm lol guys folks team anyone someone ' +
    'get gets got getting keep keeps kept see seeing seen saw try tried trying like need want know think help ' +
    'one way thing things something anything stuff now today always never sometimes really actually basically ' +
    'made make makes last week day days yesterday tomorrow morning night time times lot lots bit little much many more most ' +
    'fix fixed fixes fixing work works worked working happen happens happened issue issues problem problems question questions ' +
    'our ours mine anybody everyone somebody ' +
    // What is left of a contraction once its apostrophe splits it ("isn't", "you're", "we'll").
    'isn aren wasn weren doesn didn don hasn haven hadn won wouldn shouldn couldn mustn needn shan mightn re ve ll ' +
    // ... and the same contractions typed without it ("im", "dont", "doesnt").
    'im ive ill youre youve theyre weve thats theres isnt arent wasnt werent doesnt didnt dont hasnt havent hadnt cant couldnt shouldnt wouldnt wont'
  ).split(/\s+/),
);
