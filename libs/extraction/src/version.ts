/**
 * Bump when a change to the rules can change the claims found in an article.
 * 1.1.0: the claimant, claim-text, type, rhetoric and transcript-label rules added since 1.0.0, which
 * 1.0.0 claims do not have; an editor re-extracts an article to get them (its claims record this version).
 * 1.2.0: frames that are not plain reporting ("expects … but warned that …", "attributed X to Y",
 * "pledged to …", a participle without a subject), one-word names with an appositive ("Browning, the
 * mayor"), names of businesses and places made of capitalised words, and definite descriptions ("the
 * report", "the department", "the epidemiologist") linked back to whom they were introduced with.
 * 1.3.0: a sentence of two statements with frames of their own gives two claims, each over its own
 * clause ("…, said Mayor Alex Varn, adding that B", "Critics say A, but ministers insist B", "X rejected
 * the figure, saying B"); court reports' counsel ("Helen Marsh, prosecuting"), ages and hometowns in
 * apposition, "…, the researchers found.", name particles, interview answers and pronouns across them;
 * hedges, advice to the reader and pleas are no claims of the one named.
 * 1.4.0: news formats: a press release's dateline and back matter ("-ENDS-", notes to editors, "About X",
 * media contacts), bulleted lists read with the sentence that introduces them ("The survey found that:")
 * or as a box of figures, a quotation of several paragraphs after "X said:", a live blog's host notes;
 * "X said that A, and that B" and a named speaker after a semicolon give two claims; "he"/"she" for the
 * one who has just spoken, "the force"/"the operator" for the body just named, "X's office" for X, a
 * transcript's label in capitals written as the name is ("TRUMP" → "Trump"), a law is no speaker ("the
 * state law said …"); advice to people at large, condolences and doubt are no claims.
 * 1.4.1: "Analysts at X said", "economists at X said": a group at a body is that group, not a person
 * named X whose role is "Analysts at" (found on articles the rules were not fitted to, issue #3).
 * 1.4.2: "the company", "the broker", "the bank" … for a body named earlier when no body was named with
 * that noun: one named only in passing ("Shares in X Foods fell"), the body a speaking group works at
 * ("Analysts at X"), or the last named body whose name says no other kind; "A spokesperson said" for the
 * one body the sentence before named, in the same paragraph (issue #3).
 * 1.4.3: found on a third set of unseen articles (issue #3): "the club" for a club whose name ends in
 * a club's word ("Harrowby Town", "Castlebridge Rovers"), "It said/blamed …" for the body that spoke in
 * the sentence before, "It blamed X" without "on" as the body's causal claim, "the report" for who
 * spoke "in a report", "the company" first for a body described as one ("Azotek, a state-owned
 * company"), "a statement from X"/"X's website" for X; frames: "state media reported", "…, a
 * state-owned company, the agency ONA said", "X, a charity that runs …, said", "In 2023 X found that",
 * "The policing minister, X, told MPs in January that", "interjected", "according to a translation by"
 * (no source), "according to X, and employs …", "X itself said"; "the prosecutor general" only for one
 * with both title words, "the ONS" for the body with those initials, "the council's Audit Committee" by
 * its own name, "one woman, who gave only her first name, Marta" as Marta, "X declared A, the press
 * service said" as the press service's, the rest of a quotation opened after "…, saying:" as the
 * speaker's; an amount cut ("had cut £14 million") is a QUANTITY and "must still be approved" a rule;
 * "…, a study published in the journal X has found." is the study's, and "the study" later too; "That is
 * wrong: the same ONS figures show B" gives B to the body the figures are from. A paragraph at the foot
 * that opens "<the byline's name> is …" is a note on the author, furniture.
 * 1.4.4: found on a fourth set of unseen articles (issue #3): a clock time with a dot ending a sentence
 * ("at 8.14am.") stays in it, and what follows is a sentence of its own; a person given one name after a
 * possessive description ("Mr Lane's widow, Ruth,") is that name, with the gender the description gives
 * (a possessor's "Mr" is another person's); a gender guessed from a name's ending alone gives way to the
 * speaker's own "she"/"he" ("X said she had …"); "Shares in X" names X as a business, and "the company"/
 * "the firm" is a business before a public body ("the European Commission") named after it; "He said" in
 * the paragraph where a man just spoke is him, not a man his statement was about; "A party spokesperson",
 * "A council spokesperson" for the one body the sentence before named, as a bare "A spokesperson" is;
 * types: "must be answered within 56 days" is a rule, and a figure "that analysts had forecast", named to
 * measure against, makes no prediction.
 * 1.4.5: an "About X" box near an article's end drops only itself when the story goes on after it (a
 * quotation or a reporting verb follows); before, everything after it was dropped as a release's back matter.
 * Found on a fifth set of unseen articles (ordinary news): a title with a gerund after a possessor or a
 * title word ("The company's managing director, X,", "chief operating officer") no longer reads as the
 * sentence's verb; "X, a spokesperson for Y, said that patients who …": a "who" after the frame's verb is
 * the statement's, not a clause about the speaker; "pointed out that" frames a statement; "on 12, 13 and
 * 14 December, the union said": a part opening with a figure is no speaker's name; a body's name keeps one
 * capitalised word before its "and" ("the Dunmore and Vale NHS Foundation Trust", "Devon and Cornwall
 * Police" where it is named in passing); a report's or figures' maker may be named by its kind ("a report by
 * the council's planning officers", "the regional health authority"), so "The report said" and "It said" go
 * to it; "the developer" is a body whose name ends in "Homes", "Properties" and the like. From a sixth set:
 * a capitalised word wink-nlp tags a verb after a name's capitalised word is a name's ("the Hartwell Herald");
 * "told the newspaper they had …" keeps "they" in the statement; "X, which makes …," is a relative clause not
 * counted against the speaker phrase's length; "Parents", "Inspectors" at a sentence's start are groups.
 * From a seventh set: a document issued in a body's name is that body's ("according to the company's
 * annual report", "Ofsted's report on the school … said"); "…, more than in any previous year, the Environment
 * Agency said": a title's word before a body's head ("Environment Agency") does not make the part before it a name.
 * 1.4.6 (session 13, the known misses of the fifth to seventh sets): "museum", "gallery", "library", "theatre" head
 * a body's name, so "the museum" is the museum named before; "a spokesman for X" is the body X when the text
 * names it ("A spokesman for the union" after "Unison, which represents …"), as "A council spokesman" was, and
 * "the spokesman" later is the same body; "The owner of X" is one unnamed person described, not a body (so
 * "The club said" is the club X's); "X figures published in August" and "figures released on Thursday by X" are X's;
 * a speaker after the statement may be a short form of a body the statement names ("Food banks in the Larder
 * Network gave out …, according to figures published by the network on Tuesday"). From an eighth set: a compass
 * word closing a name after "for", "in" or "of" is a place's ("The MP for Calderbrook North, Sarah Linfield,");
 * a frame inside quoted words ("… Now it tells us there is no money.") does not name the quotation's speaker;
 * a role in apposition may be longer when its role word comes early, and may follow an age ("Kayleigh Moss, a
 * 31-year-old mother of two from the Eastfields estate,", "X, 31, a mother of two,"), so the person is known.
 * From a ninth set (US wire copy): a title opening with a body's word before a name is the person's ("Council
 * President Angela Ruiz", "Senate Majority Leader X"), "controller", "councilmember" and the like are titles; a wire's
 * credit line ("Associated Press writer X contributed to this report.") is furniture; an audit is a document ("An
 * audit released … by X found that", "The audit also found"); a report just introduced ("According to a report
 * released in February by X") is X's for a later "the report found"; "agency figures" are the named body's of that
 * kind, and "the agency" may be an Authority, a Commission, an Administration (a body's head word, not its last
 * word: "the board of the X Authority" is no agency); "…, X, 61, said Wednesday outside a burned-out …" and
 * "…, X said, as …": a day, a hyphened participle and a circumstance after the frame are no speaker or statement.
 * A body's kind before its name only describes it: "the supermarket chain Fairway", "nuclear operator EDF",
 * "Supporters' group the Rovers Trust" speak as Fairway, EDF, the Rovers Trust (the kind is kept for "the chain",
 * "the operator" later); a body that is the article's source, named in it, is the publisher. "X denied that A" is
 * X's denial, kept whole ("denied that …"); a statement joined to a non-answer by "and" ("had not received an
 * application and would not comment until it did") is kept; "the Harwell Economics report" is the body named
 * before, and "the Duelfer report", a report of its own name, is not the last report's maker. From a tenth set
 * (Australian news style): "X, a paramedic of 14 years based at Y, said he …" (a participle describing the noun
 * before it is no verb; "said he waited …" is no verb-first speaker); a report, survey or figures opening the
 * sentence frame what they found or show without "that" ("The report found the median time was …", "A survey of
 * 612 members released by the union found …", "Figures from X show …"); a plural's possessive ("the Department of
 * Health Services' monthly report") and a body's outlook are its documents, and the report so introduced is what
 * "the report" means next; "The bureau also expects …", "The alliance estimates …": a short subject's own forecast
 * or estimate, framed whole; "A spokeswoman for Minister X" speaks for the minister, and "the spokeswoman" later too.
 * From an eleventh set (Indian English): "as per X" reads as "according to X"; "X informed that …" and "…, she
 * pointed out." frame a statement; a report or statement spoken in ("has concluded in its inquiry report", "said in a
 * statement") is what "the report"/"the statement" means next; a body's short name in brackets is no part of its name;
 * a gerund tagged as a name with a verb of its own ("Desilting on 60 km of drains began …,") is the subject, not an
 * intro clause; "assembly" and "legislature" head a body's name; a wire desk's sign-off after the last sentence
 * ("… data. PTI ABK RHL SKY") and a portal's note on syndicated copy are furniture; "X termed the hike … and
 * claimed that B", "The mayor welcomed the report and said that B": B is X's, the act before it the publisher's;
 * "X termed the hike "anti-people"" is a stance; a place in capitals before a colon on the story's first line is a
 * dateline ("PUNE: …", unless the text's lines open with such labels, as a transcript's do); a "Key points:" box and
 * its dot points are furniture (they restate the story). From the twelfth and thirteenth sets: a name after a
 * lower-case noun for a body's kind ("The homewares retailer Hartley & Lowe is to close …") is a body, which "the
 * group", "the retailer" and "the chain" may mean (kinds of one sort: retailer, chain, supermarket; regulator,
 * watchdog; …); "Cllr" is an honorific; "Aides" a group; "a district spokeswoman", "A department spokesman said" are
 * the named body of that kind; "credited the decline to X" puts a change down to a cause (not "credited £40 to his
 * account"); "figures the X Police Department released Monday" and "data released Tuesday by X" are X's, and so are
 * "the figures" and "the data" next; "Mayor Denise Farraday's budget" names the person for a later "Farraday"; a short
 * name in brackets after a body's name ("(Nice)") means the body later; a descriptive appositive after a name ("Safe
 * Streets Carverton, a coalition of churches and … on the city's east side,") does not count against a speaker's length.
 * From a fourteenth set (Irish and Scottish news): a field word ("Health", "Public") before one capitalised word makes
 * no titled person ("Public Health Scotland" is a body); "Separate figures published by X" are X's; a law ("the Data
 * Protection Act 2018") is no body "the company" may mean; "Mobile", "Broadband", "Networks", "Media" are words of a
 * business's name; "In its decision, published in July, the commission found that …": a participle clause after the
 * opening phrase goes with it; "Ó Dálaigh" is "Eoin Ó Dálaigh". From a fifteenth set (features): "A Commonwealth Party
 * spokesperson", "A National Grid spokesperson" speak for the body they name, as "a spokesperson for X" does, and a
 * "she" right after in the same paragraph is the same spokesperson. From the sixteenth and seventeenth sets (ordinary
 * news): the first word of a body's name alone is the body ("Moorline" for "Moorline Buses"; not one of two bodies
 * named together); "Council Member X", "Neighbor X" are X; a participle clause before "officials said" opens no
 * speaker; "The agency put insured losses at $1.9 billion" is the agency's estimate; "the utility" may be a "Water Works";
 * "the agency" a Department; "Catering" names a business; "X figures" are what "the figures" means next. A body named
 * in passing that then speaks counts as one that spoke (its "mentioned" mark false and unset were told apart, so
 * "The firm said" went to a group that had spoken before it); a name cut short by the tagger ("Access" of "Access
 * Ahead") is no body of its own; "Data from X show Y reported …" and "The agency's figures also show …" frame findings.
 * From the eighteenth and nineteenth sets: a double-barrelled name is one word ("Reyes-Monroe"); "A Department for
 * Transport spokesperson"; "Forecasters" a group; "figures released by the council under a freedom of information
 * request" are the council's; an opening phrase's relative clause goes with it ("At X, which has 14,500 patients,");
 * a closed appositive after a name describes it, verbs and all ("the Marlowe Institute, a think tank focused on living
 * standards, found that"); "Its figures show" are the body "its" stands for.
 * 1.4.7 (session 14, the twentieth and twenty-first sets' first runs and the misses left in the fixtures): a surname
 * alone is the full name seen in the narration ("Councilmembers Rick Tanaka and Joan Pruitt voted …; Tanaka said");
 * "a council report", "department data" and what "the company filed" are the body of that kind the article named, and
 * "the report"/"the data" after them too; "Under guidance from X, …" and "Under the price cap set by X, …" are X's,
 * the condition kept in the text; a lede's "…, the council has confirmed" is the council the next two sentences name;
 * "division" and "directorate" head a body's name ("the state Division of Forestry and Fire Protection"); a body the
 * sentence itself names is what its "the company" means; "Gov." and other abbreviated titles; "Hospital leaders" and
 * other leaders, bosses, executives and managers are a group; a describing word before a body's name is no part of it
 * ("the nonpartisan Office of …"); "The insurer said" after "Shares of Harborline Health fell" is that business; "a
 * filing with the SEC" is the business's, and "the filing" after it; a government department is written with its
 * article ("A Home Office spokesperson", "Treasury figures" → "the Home Office", "the Treasury"); "The figures show"
 * right after "according to X" are X's; "that" is found after a long place of saying ("said in a filing with the US
 * Securities and Exchange Commission that", "told The Associated Press that"); "One mother, who asked not to be named"
 * is an unnamed person, the clause no part of her description; "As per the tariff order" is the body that just made it;
 * a title's holder named after the body the title is of ("Leader of the Opposition in the Odisha Assembly Naba Kishore
 * Jena") is no part of the body's name. From the twenty-second and twenty-third sets' first runs: a label before a name
 * ("Motorist Gareth Pyle", "Islander X") is dropped; "Tidewater Ferries" and other names ending in a trade's word are
 * bodies; "according to figures published in its annual report" and "according to its capital programme" are the body
 * the sentence names first, and "the report" after it; a body named with its article is found by its name without it
 * ("Environment Agency figures"); a lede's "the company" is the business the next sentences name; "an application
 * filed with the planning department" is the business the sentence opens on; "Alcott County tax records" are the
 * county's; "Sheriff's Office Lt. X" and other abbreviated ranks are titles; "Its managing director, X, said" is a
 * frame (the role "its managing director"); "She expects prices to fall" is hers. A defect fixed: cleaning blanked its
 * spans in the order its rules found them, and a time zone closing a line ("9:40 a.m. ET", read as a wire sign-off)
 * was found before the byline above it, so the masked text grew and every later sentence was cut in the wrong place
 * (the twenty-fifth set's first article, and US articles with their lines wrapped); the spans are now laid in the
 * text's order, and a spec checks the offsets of every fixture article as written and wrapped. From the twenty-fourth
 * set's first run: "accounts filed by its organiser, X, at Companies House" are X's, and "the accounts" after them;
 * "figures it gave to the Chronicle" are the body the sentence names. Furniture the last sets returned: the headlines
 * listed under "Related stories", "More from …" or "Most read"; a correction ("Correction: An earlier version …") with the
 * facts it restates; a note on a bylined author ("X covers City Hall for the Register"); a publication line ending in a
 * time zone ("… 7:05 a.m. ET", which was read as a wire sign-off and so kept as prose); newsletter blurbs ("… every
 * Thursday", "Enter your email address").
 */
export const EXTRACTION_ENGINE_VERSION = 'claimcheck-extraction-1.4.7';
