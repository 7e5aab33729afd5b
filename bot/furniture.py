"""The furniture of web pages, as patterns (no discord import): what `bot.cleaner` drops.

Generic pattern lists of common page furniture, never keyed to one site: junk lines (logos,
subscribe prompts, image credits, cookie banners, share bars), navigation, end-of-article
markers (comment sections, related posts, author boxes), calls to action and Markdown markup.
"""

from __future__ import annotations

import re

# An emoji, with the joiners and variation selectors that build one out of several.
EMOJI = r"[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]"


def _patterns(*sources: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)


# A "junk" unit is at most this long; longer paragraphs are essay text whatever they mention.
JUNK_MAX_WORDS = 40
JUNK_MAX_CHARS = 320
# An end-of-article marker only ends the essay after this much essay text (else it is a stray
# "Leave a comment" link near the top, and is merely dropped).
MIN_BODY_WORDS = 15
TITLE_MAX_CHARS = 150
TITLE_MAX_WORDS = 25
# A paragraph of running prose: at least this many words, ending like a sentence.
PROSE_MIN_WORDS = 8


# A poster's badge beside their name in a group or a forum ("Admin", "Top contributor",
# "Senior Member", "Top fan"): the site's label, never the post's text.
BADGE = re.compile(
    r"^(?:admin(?:istrator)?|(?:group |forum )?moderator|mod|founder|owner|staff|verified|"
    r"(?:top|rising|valued|new) (?:contributor|fan|member|poster)|group expert|original poster|"
    r"(?:senior|junior|new|full|veteran|gold|premium) member|member|author|op)$",
    re.IGNORECASE,
)

# Whom a feed's post is shown to, under its poster's name ("Shared with Public", "Shared with
# Members of Indie Filmmakers Collective"): the platform's label, never a title; a group it
# names published the post.
AUDIENCE_LINE = re.compile(
    r"^shared with (?:(?:the )?public|friends(?: of friends)?|only me|custom|your connections|"
    r"(?:members|followers) of (?P<group>[^,.;:!?]{2,80}))$",
    re.IGNORECASE,
)

# A feed's label over a post that names it by its poster ("Jonah Feld’s Post").
FEED_POST_LABEL = re.compile(
    r"^(?-i:[A-Z][\w.'’-]*)(?: (?-i:[A-Z][\w.'’-]*)){0,3}['’]s (?:post|update|status)$",
    re.IGNORECASE,
)

# Furniture dropped wherever it appears (short lines only).
# What a picture is called in its caption, and the words that would make a line about one a
# sentence rather than a caption (a finite verb, a subject).
# (A visual-effects shot's "plate" and "comp" are its pictures too: the footage it starts from
# and the composite made of it.)
_PICTURES = (
    r"(?:frames?|stills?|screenshots?|screen ?grabs?|renders?|storyboards?|photos?|"
    r"photographs?|images?|pictures?|mock-?ups?|sketch(?:es)?|concept art|plate|comps?)"
)
_FINITE = (
    r"(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|can|could|should|may|"
    r"might|must|i|we|you|he|she|they|it|this|that|these|those)"
)
# A caption's words at most (a longer paragraph under a picture is the author's).
CAPTION_MAX_WORDS = 25
# Who speaks in a line: an author's short paragraph says "I", "we" or "you"; a caption does not.
_PERSON = r"(?:i|i['’]\w+|we|we['’]\w+|me|my|mine|us|our|ours|you|you['’]\w+|your|yours)"
# Words that count or quantify ("Twenty-four frames", "Every still"): an author's emphasis.
_QUANTITY = (
    r"(?:every|each|all|no|none|some|any|many|few|more|most|several|enough|nobody|everyone|"
    r"everybody|someone|somebody|nothing|everything|(?:\w+-)?(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundreds?|"
    r"thousands?|dozens?|millions?)|\d[\d,.]*)"
)
# A word that describes a picture before its name ("generated test", "concept", "AI"): neither
# a determiner nor a preposition past the first word, nor a verb's "-s" ("Critics hate stills").
_DESCRIBING = (
    rf"(?!(?:{_FINITE}|{_QUANTITY}|an?|the|of|in|on|at|to|for|from|with|by|and|or|but|not|so|"
    r"as|see)\b)[\w-]*(?:[^\Ws]|ss)"
)
# A picture's label: its name after at most three such words, perhaps with a short verbless
# note after a comma ("Generated test frames, not final footage", "Concept still, day two").
_LABEL_NOTE = (
    rf"(?:,(?:\s+(?!(?:{_FINITE}|them|him|her|all|both|every|each|none)\b)[\w'’-]+){{1,6}})?"
)
_LABELLED = rf"(?:{_PICTURES}|footage|clips?|prints?|grabs?)"
_BARE_LABEL = rf"(?:{_DESCRIBING} ){{0,3}}{_LABELLED}{_LABEL_NOTE}"
# (In lower case: "Lantern Pictures", "Small Frames" name a studio or a site.)
_LABEL = rf"(?:(?:an?|the) )?(?:{_DESCRIBING} ){{1,3}}(?-i:{_LABELLED}){_LABEL_NOTE}"
# A noun phrase with no verb, for a caption that names no picture ("The projection booth at the
# Dalesview Picture House", "Same hillside, filmed on the day"): words that are no function word
# (a determiner, a preposition, a finite verb, a person), joined by prepositions, perhaps with a
# short verbless note after a comma; at least four words, none an "-ed" verb before the note
# ("Used Sora for the pitch deck, not the film." is a poster's sentence without its "I"; "The
# crew cheered all night." is a sentence).
_FUNCTION = (
    rf"(?:{_FINITE}|{_PERSON}|an?|the|of|in|on|at|to|for|from|with|by|and|or|but|not|nor|so|as|"
    r"if|than|then|when|because|there|here|what|who|why|how|which|where|yet|just|only|also|too|"
    r"very|still|even|now|never|always)"
)
_CONTENT = rf"(?!{_FUNCTION}\b|[\w'’-]+[^\We]ed\b)[\w'’-]+"
_DETERMINER = r"(?:(?:an?|the|[\w-]+['’]s) )"
# (After a determiner, an "-ed" word describes the thing: "of the flooded car park".)
_WHERE = (
    rf" (?:of|in|on|at|for|from|with|by|near|over|under|outside|inside|behind|after|before|"
    rf"during) (?:{_DETERMINER}(?:[\w-]+ed )?)?{_CONTENT}(?: {_CONTENT}){{0,3}}"
)
_PHRASE = (
    rf"(?=(?:\S+ ){{3}}){_DETERMINER}?{_CONTENT}(?: {_CONTENT}){{0,4}}(?:{_WHERE})*"
    rf"(?:,(?: (?!(?:{_FINITE}|{_PERSON})\b)[\w'’-]+,?){{1,8}})?\."
)
# A lead picture's caption alone, between a page's head and its text: one such noun phrase
# saying who or what is where ("First-year students at the end-of-term screening in the
# Arkwright Cinema."), with no note after a comma: an author's verbless opener lists ("Three
# weeks, two festivals, one question.") or speaks ("My notes from the booth.").
LEAD_CAPTION = re.compile(
    rf"^(?=(?:\S+ ){{3}}){_DETERMINER}?{_CONTENT}(?: {_CONTENT}){{0,4}}(?:{_WHERE})+\.$",
    re.IGNORECASE,
)
# A call to readers to write in, by its shape: the author addresses some of their readers, by a
# condition ("If you teach film and tried something similar", "If you're a student and want to
# argue") or a question ("Disagree?", "Do you teach?"), then invites them to get in touch:
# an imperative aimed at the author or their inbox ("write to me", "send me your syllabus", "hit
# reply", "drop me a line") or a wish to hear from them ("I'd love to hear how it went"), perhaps
# with a short sentence after it ("I read everything."). It asks for mail, it argues nothing.
# An imperative aimed elsewhere ("If you teach, show your students the raw generations") and
# "If you ask me, …" (a clause that is no imperative) are the essay's.
_NOT_IMPERATIVE = (
    r"(?:i|i['’]\w+|we|you|it|this|that|the|a|an|they|he|she|there|my|our|your|his|her|their|"
    r"its|these|those|nobody|everyone|is|are|was|were|will|would)\b"
)
# A question the essay asks itself ("Why does it matter?", "Is it art?") is no address.
# ("Have a story about …?" drops its "you": a question put to the reader.)
_ASKING_ITSELF = (
    r"(?:why|what|how|who|whose|when|where|which|does|do|did|can|could|should|has|"
    r"have(?! an?\b)|had|\w+n['’]t)\b"
)
_TO_READER = (
    # "If you teach, …", "If your studio is …, …", "If anyone has a workflow for …, …"
    r"(?:if (?:your?|any ?one|any ?body|any of you)\b[^.!?,;:—–]{1,100}\s*[,:—–]"
    # A newsletter's standing sign-off, no condition needed: "As always, hit reply …".
    r"|as (?:always|ever|usual)\s*,"
    r"|(?:have|did|do|are|were|can|could|would) you\b[^.!?]{0,80}\?"
    # Wondering what the readers make of it: "Curious what the rest of you think, …".
    r"|(?:i['’]m |i am |really |so )?(?:curious|wondering|keen to (?:know|hear)|interested to "
    r"(?:know|hear)) (?:what|how|whether|if)\b[^.!?]{0,60}\byou\b[^.!?,;:—–]{0,40}[,;:—–]"
    # The author wondering whether others met the same: "Curious whether anyone else has …".
    r"|(?:(?:i['’]m|i am|just) )?(?:curious|wondering) (?:whether|if) (?:any ?(?:one|body)|any of "
    r"you|others)\b[^.!?]{1,80}[.?]"
    # ... or how others in the trade go about it, then asked to say ("Curious how other
    # producers are pricing revision rounds. Let me know in the comments."): the call makes the
    # wondering a question to the readers.
    r"|(?:(?:i['’]m|i am|just|really|so) )?(?:curious|wondering) (?:what|how|whether|if) "
    r"(?:others|other (?:[\w-]+ )?[\w-]+s)\b[^.!?]{1,80}[.?]\s+"
    rf"|(?=\w)(?!{_ASKING_ITSELF}|{_NOT_IMPERATIVE})[^.!?]{{1,100}}\?)"  # "Disagree?", "Teach?"
)
_TO_THE_AUTHOR = (
    r"(?:\bme\b|\bmy (?:inbox|dms?|e-?mail|mentions|replies)\b|\breply\b|\brespond\b|"
    r"\b(?:the|a|your) comments?\b|\bcomment (?:below|here)\b|\bget in touch\b|"
    r"\breach out\b|\bwrite (?:in|back)\b|\bsend (?:it|them|yours?|one) in\b|"
    # ... or to an address the page gives: "email programme@example.ie and …".
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|"
    # ... or beneath the post, where the replies go: "drop your own examples below".
    r"\b(?:drop|leave|post|share|add)\b[^.!?]{0,40}\b(?:down )?below\b)"
)
_INVITATION = (
    rf"(?:(?=\w)(?!{_NOT_IMPERATIVE})[^.!?]{{0,80}}?{_TO_THE_AUTHOR}"
    r"|i(?:['’]d| would)? (?:(?:really )?(?:love|like|want)|be (?:glad|happy|curious)) to "
    r"(?:hear|see|read|know|compare|talk|chat)\b"
    r"|my (?:inbox|dms?|door) (?:is|are) (?:always )?open\b"
    # ... or points to where the address is, perhaps past an aside: "my email address is in the
    # episode notes", "and I hope you do, the address is in the show notes".
    r"|(?:[^.!?,]{1,40},\s*)?(?:the|my|our) (?:e-?mail |contact )?address (?:is|['’]s) "
    r"(?:in|on|at|below|above)\b"
    # "I am always happy to compare notes": glad to talk, not to see something happen.
    r"|i(?:['’]m| am) (?:always )?(?:glad|happy) to (?:hear|compare|talk|chat)\b)"
)
# ... or, addressing nobody first, opens on the imperative to reply to the mail or message
# itself ("Hit reply and tell me what your previs looks like. I read every one.", "Drop me a
# line if …"): no essay opens a sentence that way, where "Tell me a model that …" may.
_REPLY_TO_ME = (
    r"(?:just )?(?:(?:hit|press|click|tap) (?:the )?reply\b|drop me a (?:line|note)\b|"
    r"write (?:to me|back)\b|(?:e-?mail|message|dm) me\b|"
    # ... or asks the comments for their say ("Let me know what you would like me to test next
    # in the comments", "Let me know below"): a video's or a post's closing call.
    r"let me know\b[^.!?]{0,80}?\b(?:in the (?:comments|replies)|(?:down )?below)\b|"
    # ... or names the mail itself as the way back: "Reply to this email and tell me …",
    # "Reply by email if you …" (an essay's "Reply to critics …" names no mail).
    r"reply (?:to (?:this|the|my) (?:e-?mail|letter|newsletter|issue|message|post)|"
    r"(?:by|via|over) (?:e-?mail|mail|dm|webmention))\b)"
)
# ... or, asking nothing of the author, wonders whether others met the same ("Curious whether
# anyone else on the forum has seen the same pattern.", "Wondering if any of you have tried
# this.", "Curious whether other assistants here are being asked to do the same."): the
# poster's question to the thread, a call for replies with no invitation needed.
_SAME_HERE = (
    r"(?:(?:i['’]m|i am|just|really|so) )?(?:curious|wondering) (?:whether|if) (?:any ?(?:one|"
    r"body) else|any of you|the rest of you|others (?:here|on)\b|other (?:[\w-]+ )?[\w-]+s "
    r"(?:here|on (?:the|this) [\w-]+|in (?:the|this) [\w-]+)\b)[^.!?]{0,60}?\b(?:has|have|had|"
    r"is|are|was|were)\b[^.!?]{1,60}[.?]"
    # ... or of others in the trade anywhere, when it is the same they met ("I'm curious
    # whether other directors have hit the same wall with generated crowds."), where "… whether
    # other studios have the budget." wonders about the trade, and "…, or whether we simply
    # used them badly." weighs the writer's own doing against it.
    r"|(?:(?:i['’]m|i am|just|really|so) )?(?:curious|wondering) (?:whether|if) other "
    r"(?:[\w-]+ )?[\w-]+s (?:has|have|had|are|were) [^.!?]{0,40}\b(?:the same|similar)\b"
    r"(?:(?!\bor (?:whether|if)\b)[^.!?]){0,60}[.?]"
    # ... or asks it of others outright, a question mark closing it ("Curious what others in
    # post are seeing on their jobs?"), where "… whether other studios will follow." says
    # what the writer wonders about the trade.
    r"|(?:(?:i['’]m|i am|just|really|so) )?(?:curious|wondering) (?:what|how|whether|if) "
    r"(?:others|other (?:[\w-]+ )?[\w-]+s|any ?(?:one|body) else)\b[^.!?]{1,80}\?"
    # ... or, with a full stop, how others in the trade, named by it, are dealing with the very
    # thing the post dealt with ("Curious how other post houses are handling this with
    # broadcasters."), where "… how other studios will cope." wonders about the trade's future
    # and a forum poster's "Curious how others are handling this …" is a thought of theirs.
    r"|(?:(?:i['’]m|i am|just|really|so) )?(?:curious|wondering) how other (?:[\w-]+ )?"
    r"[\w-]+s (?:are|is) \w+ing (?:with )?(?:this|it|that)\b[^.!?]{0,60}[.?]"
    # ... or asks it bare: "Anyone else dealing with this?", "Is anybody else seeing this?".
    r"|(?:(?:is|has|does|did|was) )?any ?(?:one|body) else\b[^.!?]{1,60}\?"
    # ... or asks those on the forum how they go about it ("Where do other doc makers here draw
    # the line?", "How do the rest of you handle consent?"), where "Where do other directors
    # draw the line?", asking nobody there, is the writer's own question.
    r"|(?:how|what|where|when|why|which) (?:do|does|did|would|will|should|are|have) (?:(?:the )?"
    r"others|other (?:[\w-]+ )?[\w-]+s) (?:here|on (?:the|this) [\w-]+|in (?:the|this) [\w-]+)\b"
    r"[^.!?]{1,60}\?"
    r"|(?:how|what|where|when|why|which) (?:do|does|did|would|will|should|are|have) "
    r"(?:the rest of you|you all|y['’]all)\b[^.!?]{1,60}\?"
)
# ... or wishes, addressing nobody, to hear how others go about it ("Would love to hear how
# other collectives handle this.", "I'd be curious to know what other editors do.", "I'd be
# curious how other line producers are drawing it.", "… where
# other editors draw the line."): the
# poster's question to the thread, as above.
_HOW_OTHERS = (
    r"(?:i['’]d |i would |we['’]d |we would |would )?(?:(?:(?:really )?(?:love|like)|be (?:glad|"
    r"keen|curious|interested)) to (?:hear|know|learn)|be curious) (?:how|what|where|whether|if|"
    r"from) "
    r"(?:other|others|any ?(?:one|body)|any of you|the rest of you|you all|y['’]all)\b[^.!?]{0,80}"
    r"[.?!]"
)
# ... or, with no verb, asks for what readers think to be sent somewhere: "Comments and
# corrections to the usual address before Friday, please.", "Notes to me by Monday, please.";
# or says where it can go: "Questions about eligibility can go to programme@….", "Enquiries
# should be sent to us."
_FEEDBACK = (
    r"(?:comments|corrections|notes|feedback|thoughts|questions|suggestions|replies|"
    r"enquiries|inquiries)"
)
_WHERE_TO = (
    r"(?:me|us|\S+@\S+|(?:the|my|our) (?:[\w-]+ ){0,2}(?:address|inbox|e-?mail|list|thread|desk))"
)
_SEND_IT = (
    rf"(?:your |any )?{_FEEDBACK}(?:,? (?:and|or) {_FEEDBACK})?"
    r"(?: (?:about|on|regarding) [^.!?,]{1,40}?)? "
    rf"(?:(?:to|via) {_WHERE_TO}(?: (?:before|by|until) [^.!?,]{{1,30}})?,? please\b"
    rf"|(?:can|should|may) (?:go|be sent|be directed) to {_WHERE_TO})"
)
# ... or offers, addressing nobody, to answer the readers' questions, as a poster does under
# their post ("Happy to answer questions about the budget in the comments.", "Ask me anything
# below."): it asks for replies, it argues nothing.
_ANSWERING = (
    r"(?:(?:i['’]m |i am |i['’]ll be |i will be )?(?:happy|glad|around|here|available) to "
    r"(?:answer|take|field) (?:any |your |more |some )?questions\b|ask me (?:anything|away)\b"
    # ... or to send what the post shows to whoever asks ("Happy to share the before/after cuts
    # by DM if the mods are OK with it.", "Glad to send the LUTs to anyone who wants them.",
    # "Happy to post the cuts if anyone wants to see them."):
    r"|(?:i['’]m |i am |i['’]d be |i would be )?(?:happy|glad) to (?:share|send|post|upload)\b"
    r"[^.!?]{0,60}?\b(?:(?:by|via|over|in) (?:dm|pm|e-?mail|the comments)|(?:to|with|for) "
    r"any ?(?:one|body)|if any ?(?:one|body)(?: else)? (?:wants|would like|is interested))\b"
    # ... or says where it is for whoever wants it ("The code is on GitHub if anyone wants it.",
    # "The LUTs are on my site if anybody needs them."): the same offer, put as where to look,
    # in a sentence of its own (", but I would use it for a first draft only" says more).
    r"|(?=\w)[^.!?]{1,60}?\bif any ?(?:one|body)(?: else)? (?:wants|needs) (?:it|them|one|a copy)"
    r"(?=[.!](?:\s|$))"
    # ... or where the work itself is, a link away, for the reader who wants it ("The film is
    # linked below if you would like to watch it."): "… below if you want to see it" points
    # somewhere, "The choice is yours if you want it." does not.
    r"|(?=\w)[^.!?]{0,40}?\b(?:linked|below|above)\b[^.!?]{0,30}?\bif you(?:['’]d| would)? "
    r"(?:like|want) to (?:watch|see|read|hear|listen to) (?:it|them)(?=[.!](?:\s|$)))"
)
_CALL_TO_READERS = (
    # ... perhaps after a short closing line of its own ("That's the letter. If you've …") or
    # a short question of its own ("What's your take? Have you …").
    rf"^\W*(?:[^.!?]{{1,30}}[.!?]\s+)?(?:{_TO_READER}\s*"
    r"(?:please |just |so |then |do |go ahead and |feel free to )?"
    rf"{_INVITATION}|{_REPLY_TO_ME}|{_SEND_IT}|{_ANSWERING}|{_SAME_HERE}|{_HOW_OTHERS})"
    r"[^!?]{0,80}?[.!]?(?:\s+[^.!?]{1,40}[.!])?\W*$"
)
# A letter's trailer for its next issue: "Next issue: the subtitle fonts that ruined three
# masterpieces.", "Coming next week — the colourists.", or by the day it comes: "Next Monday: …",
# or a serial post's for its next one, perhaps exclaimed and said more of ("Next devlog: sound!
# Our composer has started on the theme.").
_NEXT_ISSUE = (
    r"(?:next (?:issue|week|letter|edition|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:dev ?)?log|post|update|entry|episode|part)|"
    r"next time|coming (?:up )?next (?:week|issue|time)|"
    r"in (?:the )?next (?:issue|letter|edition))\s*[:—–]\s*[^!?]{1,120}"
    r"(?:!\s+[^!?]{1,120})?"
)
# A share bar's button for one network: "Share on Facebook", "Share to Email".
SHARE_ON = r"^share (?:on|via|to) \w+"
# What a social post's readers do to it, as its counters label it.
_REACTIONS = r"(?:boosts?|favou?rites?|reposts?|retweets?|likes?|quotes?|restacks?|reactions?)"
JUNK = _patterns(
    # Logos and bare links, e-mail addresses.
    r"^\S.{0,60}\blogo$",
    r"^(?:https?://|www\.)\S+$",
    r"^\S+@\S+\.\w+$",
    # A notice about the reader's browser, not the page's words: "JavaScript is disabled. For a
    # better experience, please enable JavaScript in your browser before proceeding."
    r"^(?:javascript|cookies) (?:is|are) (?:disabled|not enabled|turned off|blocked)(?: (?:in|on) "
    r"(?:your|this) browser)?[.!]?(?:\s+[^.!?]{0,80}\b(?:enable|turn on|allow)\b[^!?]{0,100})?$",
    r"^(?:[^.!?]{0,80}\s)?(?:please )?(?:enable|turn on|allow) (?:javascript|cookies) (?:in your "
    r"browser|to (?:view|use|continue|run)\b)[^!?]{0,100}$",
    # Navigation: skip links, menus, account links, breadcrumbs.
    r"^(?:top|bottom) of (?:the )?page$",
    r"^\S+(?:\s+\S+)?\s+[›»>/‹«]\s+\S+(?:\s+\S+)?$",
    # ... a magazine's section over its column's name, in capitals: "COLUMNS / THE CUTTING ROOM".
    r"^(?-i:[A-Z]+(?:\s+[A-Z&]+){0,2}\s+/\s+[A-Z]+(?:\s+[A-Z&]+){0,3})$",
    r"^(?:[^›»>/‹«]{1,30}\s+[›»>‹«]\s+){2,5}[^›»>/‹«]{1,100}$",  # a longer breadcrumb trail
    # A forum poster's profile beside each post: "Posts: 1274", "Joined: Tue Jun 09, 2015",
    # "Location: Leeds", "Member since 2019".
    r"^(?:posts|messages|joined|registered|location|reputation|karma|reaction score|"
    r"total posts|rank|member since|thanks|likes received)\s*:?\s+[^.!?]{1,40}$",
    # An image's alt text copied as a line: a handle's or a community's picture ("r/Filmmakers
    # icon", "grain_and_gate avatar"): one name, then what the image is, in lower case.
    r"^(?:[ru]/|@)?[\w.-]{2,40} (?:icon|avatar|logo)$",
    # Bylines, read times, counters.
    r"\b\d+\s*min(?:ute)?s?\.? read\b",
    r"^read\s+\d+\s*min(?:ute)?s?\.?$",  # Discourse's "read 4 min"
    # Discourse's selection bar: "You have selected 0 posts.", "select all", "cancel selecting".
    r"^(?:you have selected \d+ posts?\.?|select all|cancel selecting)$",
    r"^[-+]?\d[\d.,]*\s*[km]?$",
    r"^[-+]?\d(?:[\d.,]|\s(?=\d{3}\b))*\s*[km]?\s+(?:views?|upvotes?|votes?|points?|followers?|claps?|"
    r"shares?|comments?|replies|responses|subscribers?|members?|"
    rf"{_REACTIONS}|bookmarks?|saves?|kudos|hearts?|notes|stars?|"
    r"reads|listens|plays|downloads|answers?|people)\b.{0,40}$",
    # ... and a social post's reaction counter's label on the line under its count ("43" /
    # "boosts", Mastodon's): never a user name, however it is set.
    rf"^{_REACTIONS}$",
    r"^(?:view|see) [\d.,]+\s*[km]? \w+$",  # "View 41 upvotes"
    # A thread's post counter ("2/3"), perhaps beside the thread's emoji ("🧵 1/6").
    rf"^(?:{EMOJI}+\s*)?\(?\d{{1,3}}/\d{{1,3}}\)?(?:\s*{EMOJI}+)?$",
    r"^all reactions:?$",
    # A chat export's reactions: their label ("{Reactions}") and each emoji with its count
    # ("😢 (9) 💯 (14)").
    rf"^[{{\[(]{_REACTIONS}[}}\])]$",
    r"^(?:[^\w\s()]{1,8}\s*\(\d[\d,]*\)\s*)+$",
    # A post that says it goes on in the next message: "(cont. below)", "(continued)".
    r"^[(\[]?(?:cont(?:inued|\.|'d)?)(?:\s+(?:below|next|in (?:the )?next \w+))?[)\]]?$",
    r"^[^\W\d][\w\s]{0,30}\(\d[\d,.]*[km]?\)$",  # a tab with its count: "All related (14)"
    r"^shared with\b.{0,30}$",  # a post's audience ("Shared with Public")
    r"^(?:public|members?[- ]only|patrons?[- ]only|subscribers?[- ]only|locked|paid) post$",
    r"^printed (?:from|on|at)\b.{0,80}$",  # a print view's stamp
    # A sponsor's read opening a video's or a letter's text, its offer after it: "This video is
    # sponsored by Gridframe. Get two months free with code INES at the link below."
    r"^(?:this|today['’]s) (?:video|episode|issue|edition|post|letter|newsletter|stream) is "
    r"(?:sponsored|supported|brought to you|made possible) by\s+(?-i:[A-Z0-9]).{0,200}$",
    # "Jane, Ravi and 14 others": who reacted to a post.
    r"^.{0,80}\band \d+ (?:others?|more)$",
    # Relative times and clock times alone: a post's or a live blog's timestamp.
    r"^[·•]?\s*\d+\s*(?:s|m|h|d|w|mo|y|mins?|hrs?|secs?|mo\.|yr\.?|yrs\.?)(?:\s+ago)?$",
    r"^(?:[·•]\s*)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"mo|yrs?)\.?\s+ago\b.{0,20}$",
    r"^(?:updated\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?$",
    r"^\[\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\]$",  # a chat message's own time, "[9:15 PM]"
    r"^\(?edited\)?$",
    r"^(?:author|writer|editor|owner)s?\s*:.{0,60}$",
    r"^(?:writer|author)['’]?s? (?:picture|photo|avatar|image)\b.{0,60}$",
    # A person's picture, by its alt text: "Profile photo for Jane Doe", "Jane Doe's photo".
    r"^(?:profile (?:photo|picture|image)|avatar|user avatar) (?:for|of)\s+\S.{0,60}$",
    r"^\S.{0,60}['’]s (?:profile )?(?:photo|picture|avatar)$",
    # A review site's and a Q&A site's votes on a review or an answer.
    r"^\d[\d,]* (?:out )?of \d[\d,]* (?:people |users )?found this (?:review |answer )?"
    r"helpful\.?$",
    r"^(?:was|is) this (?:review|answer|post|article|comment) helpful\?.{0,40}$",
    r"^(?:not )?helpful\s*[•·|]?\s*[\d,.]*[km]?$",
    r"^originally answered\s*:",
    r"^(?:user|critic|member|customer|audience) reviews?$",
    # A creator's page: who they are and the prompt to back them ("Join Jane Doe on Patreon").
    r"^is (?:creating|making|writing|producing)\b.{1,80}$",
    r"^(?:join|support|back) .{1,60} on (?:patreon|ko-fi|substack|buy me a coffee)\b.{0,60}$",
    r"^unlock (?:this|the) post\b.{0,60}$",
    # ... or what a tip buys the writer, perhaps after the condition it asks on and with a word
    # of thanks: "If this was useful, a coffee keeps the lights on. Thanks!", "A tip helps me
    # keep the blog ad-free."
    r"^(?:if [^,.!?]{1,40},\s*)?(?:an?|any|every|one|your) (?:small )?(?:coffee|tip|donation|"
    r"contribution)s? (?:keeps|helps|goes|pays|means)\b[^.!?]{0,100}[.!]"
    r"(?:\s+[^.!?]{1,40}[.!])?\W*$",
    # A site search box's placeholder: "Search for questions, people, and topics".
    r"^search (?:for )?(?:questions|people|topics|films|posts|articles|stories)\b[^.!?]{0,60}$",
    # The heading a social site gives a post's own page ("Post", "Thread"), and a press kit's.
    r"^(?:post|thread|tweet|conversation)$",
    r"^(?:electronic )?press kit$|^epk$",
    r"^member-only\b",
    r"^cover (?:image|photo|art) (?:for|of)\b",
    # A film's or a book's poster beside a review or a list entry (its alt text, copied), the
    # kind of work perhaps named first ("Film poster for …", "Book cover of …").
    POSTER_CAPTION := (
        r"^(?:(?:film|movie|book|album|game|show|series|tv) )?"
        r"(?:poster|cover|key art|artwork) (?:for|of) "
        r"(?P<work>(?-i:[A-Z0-9])[^.!?]{0,80}?)(?:\s+\(\d{4}\))?$"
    ),
    # A review site's spoiler notice over a review it hides ("This review may contain
    # spoilers. I can handle the truth.": the notice and its button).
    r"^this (?:review|post|entry|answer|comment|thread|episode|video) (?:may )?contains? "
    r"(?:major |minor |some |mild )?spoilers\b[.!]?(?:\s+\S[^.!?]{0,40}[.!]?)?$",
    r"^(?:spoiler (?:warning|alert)|spoilers ahead|contains spoilers|(?:warning|caution)\s*:\s*"
    r"(?:contains )?spoilers?)[.!:]?$",
    # An uploader's or an editor's note on the text's form, over a video's or an episode's
    # text: "This video started life as a written essay, so here it is in full …", "Below is
    # a lightly edited transcript of the episode."
    r"^(?:this|the|today['’]s) (?:video|episode|talk|lecture|podcast|stream|broadcast)\b"
    r"[^.!?]{0,80}\b(?:(?:written|text|long|full) (?:essay|version)|transcript|script)\b"
    r"[^.!?]{0,80}\b(?:here|below|read(?:ing)?)\b[^.!?]{0,40}[.!:]?$",
    r"^(?:below is|here is|here['’]s|what follows is) (?:the|a|an) (?:full |complete |"
    r"(?:lightly )?edited )?(?:transcript|written version|text version)\b[^.!?]{0,60}[.:]?$",
    # ... and its note on how it was made, perhaps with a word of caution: "This transcript was
    # generated automatically and lightly edited. Please check against the audio before quoting."
    r"^(?:this )?transcript (?:has been |was |is )?(?:lightly |automatically )?(?:edited|"
    r"generated)\b[^.!?]{0,60}(?:\.?$|\.\s+(?:please )?(?:check|refer|listen|forgive|excuse)"
    # (or the caution put as what the text may hold: "It may contain errors.")
    r"\b[^.!?]{1,80}\.$|\.\s+(?:it|this|there) (?:may|might|can|could) (?:contain|be|have) "
    r"(?:some |a few |occasional )?(?:errors|mistakes|typos|inaccuracies)\b[^.!?]{0,60}\.$)",
    # An editor's note on the text set apart in square brackets, whole sentences in any
    # language ("[This post is in English at the request of the seminar's guests.]", "[Updated
    # to correct a date.]"): the page speaking about the text, not the text.
    r"^\[[^\[\]]{10,300}[.!?…]\]$",
    # A publisher's disclaimer under a contributor's piece: "The views expressed in this article
    # are the author's own and do not necessarily reflect those of the University."
    r"^(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:in|on) this (?:article|post|"
    r"piece|column|blog|essay|story)\b[^.!?]{0,160}[.!]?$",
    # A paper's apparatus: its preprint stamp, DOI, keywords and corresponding author.
    r"^arxiv:\d{4}\.\d{4,5}",
    r"^doi:\s*10\.\d{4,9}/\S+$",
    r"^(?:keywords|key words|index terms)\s*[:—–]",
    r"^(?:\*\s*)?corresponding author\b.{0,100}$",
    # Newsletter and subscription prompts.
    r"^subscribe\b.{0,100}$",
    r"\bnever miss (?:a|another) (?:post|story|issue|update|article)\b",
    r"\b(?:sign up|subscribe|signup) (?:for|to) (?:my|our|the)\b.{0,40}\bnewsletters?\b",
    r"^(?:join|get) (?:my|our|the)\b.{0,30}\bnewsletter\b",
    r"\bsubscribe (?:now|today|for free)\b",
    r"^thanks for reading\b.{0,80}$",
    # A letter's blurb closing on the call to subscribe: "X is a letter about editing.
    # Subscribe to get it by email." (one short sentence, then the call).
    r"^[^.!?]{1,100}[.!]\s+(?:subscribe|sign up)\b[^.!?]{0,60}[.!]?$",
    # ... or a sign-up box on one line: its call, its blurb, then its button ("Sign up to X
    # Weekly. The best of our features, every Friday. Sign up"): no sentence ends on the
    # button's bare word.
    r"^(?:sign up|subscribe|get|join)\b[^!?]{0,160}[.!]\s+(?:sign up|subscribe|join)"
    r"(?: now| free| here)?$",
    # ... or alone, naming the letter and what it is about ("Second Unit is a weekly letter about
    # the crews, by X."): about the letter, not its subject ("This is a letter about grief" is).
    r"^(?!(?:this|it|that|mine)\b)(?-i:[A-Z])[^.!?]{0,60}\bis an? (?:[\w-]+ ){0,3}(?:letter|"
    r"newsletter|zine|digest|dispatch) (?:about|on|for)\b[^.!?]{0,150}[.!]?$",
    # ... or naming the company behind the site and where it is ("Harrow Lane Films is an
    # independent production company based in Leeds."): a press release's boilerplate, at a
    # site's foot; an essay says what a company does, not where it is registered.
    r"^(?!(?:this|it|that|mine|my|our|his|her|their)\b)(?-i:[A-Z])[^.!?]{0,60}\bis an? "
    r"(?:[\w-]+ ){0,3}(?:company|studio|agency|collective|co-?operative|publisher|charity|"
    r"organi[sz]ation|firm|label)\b[^.!?]{0,40}\b(?:based|founded|headquartered|registered)\b"
    r"[^.!?]{0,100}[.!]?$",
    r"^sign up for more (?:like this|posts|stories|essays)\b.{0,20}$",
    # A members' site's sign-up prompt: "Don't miss out on the latest issues. Sign up now to get
    # access to the library of members-only issues."
    r"^don['’]t miss (?:out on )?(?:the latest|our latest|a single|another|any|new) (?:issues?|"
    r"posts?|stories|essays|articles|updates|editions?|episodes?|letters?)\b[^!?]{0,200}$",
    r"\b(?:sign up|subscribe|join|register)\b[^.!?]{0,40}\baccess\b[^.!?]{0,60}\b(?:members?|"
    r"subscribers?|paid|premium)[- ]only\b",
    # A notice that the rest of the post is hidden from the reader: "This update is for backers
    # only. Back this project to see the rest.", "… at the bottom of this post, visible to
    # members only." (a crowdfunding site's, a members' blog's, a patrons' page's).
    r"^[^.!?]{0,100}\b(?:this|the rest of (?:this|the))\s+(?:update|post|entry|issue|article|"
    r"story|episode|letter|newsletter|page|content|section)\b[^.!?]{0,60}"
    r"\b(?:for|visible to|available to|open to)\s+"
    r"(?:paying |paid )?(?:backers|members|subscribers|patrons|supporters)\s+only\b.{0,80}$",
    # A site's disclaimer over its comments: "The following comments are owned by whoever
    # posted them.", "Comments are the opinions of their authors, not ours."
    r"\bcomments\b[^.!?]{0,30}\b(?:are|remain) (?:owned by|the (?:sole )?(?:opinions?|views?|"
    r"responsibility|property) of)\b",
    # A newsletter platform's subscribe box over a post: "Discover more from X", its count of
    # readers and the terms a reader agrees to by subscribing.
    r"^discover more (?:from|by)\b.{1,60}$",
    r"^(?:over|more than|join) [\d,.]+\s*[km]?\+? (?:other )?(?:subscribers|readers|members)\b"
    r".{0,20}$",
    # ... and a sign-up form's, under its address box: "By providing your information, you
    # agree to our Terms of Use …".
    r"^by (?:subscribing|signing up|registering|continuing|clicking [^,]{1,30}|"
    r"(?:providing|entering|submitting|sharing|giving us) your [^,]{1,30}),? (?:i|you) "
    r"(?:agree|accept|consent)\b.{0,200}$",
    # A newsletter platform's membership prompt: "X is a reader-supported publication. To
    # receive new posts and support my work, consider becoming a free or paid subscriber."
    r"\breader-supported publication\b.{0,160}$",
    r"\bto receive new (?:posts|issues|essays|articles)\b.{0,80}$",
    # ... and a sign-up box's line, whatever it offers: "Sign up with your email address to
    # receive news and updates."
    r"^(?:sign up|subscribe)\b[^.!?]{0,60}\bto receive\b[^.!?]{0,60}[.!]?$",
    r"^(?:if you )?(?:liked|enjoyed) (?:this|reading)\b.{0,100}$",
    r"^(?:enter|type) your (?:e-?mail|email address)\b.{0,20}$",
    r"^no spam\b.{0,40}$|\bno spam, (?:ever|unsubscribe)\b",
    # A sign-up form's and a members' site's status lines, which a copy of the page takes with
    # it though they show only once a form is sent: "Email sent! Check your inbox to complete
    # your signup.", "Welcome back! You've successfully signed in.", "Your link has expired.",
    # "Please enter a valid email address".
    r"^(?:e-?mail sent|message sent|success|great|almost (?:there|done|finished)|oops|error|"
    r"welcome back)\s*(?:[!:]|\.{3}|…)\s*[^!?]{0,160}\b(?:subscri(?:bed?|bing|ption)|"
    r"sign-?\s?up|sign(?:ed)?[ -]in|inbox|e-?mail|try again|account|billing|checkout)\b"
    r"[^!?]{0,120}[.!]?$",
    r"\b(?:an error|a problem|something went wrong)\b[^.!?]{0,60}[.!]\s+(?:please )?try again\b"
    r".{0,20}$",
    r"^(?:oops|error|sorry)\W{0,3}\s*something went wrong\b[^.!?]{0,30}\b(?:submit|send|"
    r"sign|subscri|form)\w*[^.!?]{0,30}[.!]?$",
    r"^(?:please )?check your (?:e-?mail|inbox)\b[^.!?]{0,40}\b(?:confirm|complete|verify|"
    r"activate|magic link)\b[^.!?]{0,40}\b(?:subscription|sign-?\s?up|sign(?:ing)? in|account|"
    r"e-?mail(?: address)?)\b.{0,20}$",
    r"^you(?:['’]ve| have| are|['’]re) (?:now )?(?:successfully )?(?:subscribed|signed up|"
    r"signed in)(?:\s+(?:to|for)\s+(?-i:[A-Z])[\w&'’ -]{0,40})?[.!]?$",
    r"^(?:subscription|sign-?\s?up|e-?mail(?: address)?) confirmed[.!]?$",
    r"^your (?:sign-?in |magic |login )?link (?:has )?expired[.!]?$",
    r"^your billing (?:info(?:rmation)? )?(?:was|has)(?: not)? (?:been )?updated[.!]?$",
    r"^(?:please )?enter a valid e-?mail(?: address)?[.!]?$",
    r"^thanks? (?:you )?for (?:subscribing|signing up)(?: to (?-i:[A-Z])[\w&'’ -]{0,40})?[.!]"
    r"(?:\s.{0,80})?$",
    # E-mail newsletters: the wrapper around the issue, its greeting and its sign-off.
    r"^view (?:this|it|the) (?:e-?mail |newsletter |issue |post )?(?:in|on) (?:your|a|the) "
    r"(?:web )?(?:browser|web)\b(?:.{0,20}|\s+(?:at\s+)?https?://\S+)$",
    r"^forward (?:this|it)\b.{0,60}$",
    # ... after asking whether the reader likes the letter: "Enjoying Room Tone? Forward this …".
    r"^(?:enjoying|enjoyed|enjoy|liking|like|liked|loving|love)\b[^.!?]{0,40}\?\s+(?:please\s+)?"
    r"(?:forward|share|send|pass)\s+(?:this|it)(?:\s+(?:issue|letter|post|e-?mail|on|along))?"
    r"\s+(?:to|with)\b.{0,90}$",
    # "Was this forwarded to you?", "If someone forwarded it to you, subscribe here."
    r"\bforwarded (?:(?:it|this)(?: e-?mail| newsletter| issue)? )?to you\b.{0,60}$",
    r"\bforwarded this\b.{0,60}$",
    r"\b(?:receiving|received|getting) this (?:e-?mail|newsletter|message)\b",
    r"^you(?:['’]re| are) (?:receiving|getting) this\b.{0,120}$",
    r"^(?:update|manage|change) your (?:preferences|subscription|e-?mail settings)\b.{0,40}$",
    # A newsletter's feedback poll under the issue ("Did you enjoy this issue?", its answers).
    r"^(?:did you|do you|how did you) (?:enjoy|like|find) (?:this|today['’]s|this week['’]s) "
    r"(?:issue|edition|newsletter|e-?mail|episode)\b[^.!?]{0,20}\??$",
    r"^(?:what did you think of|how would you rate|rate) (?:this|today['’]s|this week['’]s) "
    r"(?:issue|edition|newsletter|e-?mail|episode)\b[^.!?]{0,20}\??$",
    r"\breply to this (?:e-?mail|newsletter|message)\b.{0,60}$",
    r"^(?:hi|hello|hey|dear|greetings)(?: \w+){0,3},$",
    r"^(?:see you|until next|talk soon|talk to you soon|speak soon|catch you|more next)\b"
    r"[\w\s]{0,25}[,!.]?$",
    r"^(?:best|cheers|thanks|warmly|yours|love|onwards|take care|all best|best wishes)[,!.]?$",
    # Paywalls: the teaser's end ("Keep reading with a 7-day free trial").
    r"^(?:keep|continue) reading\b.{0,60}$",
    r"\bsubscribe\b.{0,60}\bto (?:keep|continue) reading\b",
    r"^(?:sign in|log in|register|become a \w+|upgrade|join)(?: for free| now)? to (?:keep|"
    r"continue) reading\b",
    r"^start (?:your |a )?(?:free )?trial\b.{0,30}$",
    r"^already (?:a |have an? )?(?:paid )?(?:subscriber|member|account)\b.{0,40}$",
    r"^(?:this|the rest of this) (?:post|article|story|essay|episode) is (?:for|only for|"
    r"available to) (?:paid )?(?:subscribers|members)\b",
    # ... and a call to pay that names what paying unlocks ("Become a member to unlock pencil
    # tests, monthly Q&As and the finished short before anyone else.").
    r"^(?:upgrade to (?:paid|premium)|become a (?:paid )?(?:member|subscriber|patron|supporter))\b"
    r"(?:.{0,60}|\s+to (?:unlock|get|access|see|read|watch|hear)\b[^.!?]{0,120}[.!]?)$",
    # A platform's upsell in its bar: "Try Premium for £0", "Try Premium free for 1 month",
    # "Get Pro", "Reactivate Premium: 50% off".
    r"^(?:try|get|reactivate|unlock) (?:\w+ )?(?:premium|pro|plus)\b(?: (?:for|free)\b.{0,30}"
    r"|:.{0,30})?$",
    r"^create a free account\b.{0,80}$",
    # A forum's sign-up box under a topic: "Sign up for a new account in our community. It's
    # easy!", "Register for a free account to comment."
    r"^(?:sign up|register) for an? (?:new |free )?account\b[^.!?]{0,40}"
    r"(?:[.!](?:\s+[^.!?]{1,30}[.!])?)?$",
    # App prompts.
    r"^(?:get|download|install|open in|try|read (?:it )?in) (?:the|our) app\b.{0,60}$",
    r"\b(?:download|get it|available) (?:on|from) (?:the )?(?:app store|google play)\b.{0,40}$",
    # Where else the post appeared.
    # One clause, not a paragraph that starts so ("First published in 1998, the book ...").
    r"^(?:originally|first) (?:published|posted|appeared) (?:on|at|in)\s+(?:\S+\.\S+|"
    r"(?-i:[A-Z])[\w&'’ -]{1,60}?)(?:\s+on\s+.{3,30}?)?\.?$",
    r"^(?:originally|first) (?:published|posted) (?:on|at|in) (?:my|our|the) (?:blog|site|website|"
    r"newsletter|substack|medium|journal)\b.{0,40}$",
    r"^(?:cross-?posted|also published) (?:from|to|on|at)\b.{0,100}$",
    # Editorial notes about the article, not in it: corrections, amendments, standards.
    r"^this (?:article|post|story|piece|essay|review) (?:was|has been) (?:amended|updated|"
    r"corrected)\b.{0,160}$",
    r"^(?:correction|clarification|editor['’]s note)s?\s*:\s.{0,240}$",
    r"^our standards\s*:",
    r"^newsletter$",
    r"^(?:email|e-mail) address$",
    r"\bunsubscribe\b.{0,60}$",
    # Image credits, captions, alt text.
    r"^(?:[\w-]+\s+){0,2}(?:photo|photograph|image|picture|illustration|graphic|footage)s?"
    r"(?:\s+credits?)?\s*:",
    r"^\(?(?:photo |image )?credits?\s*:",  # a print page's sets it in brackets: "(Credit: …)"
    # Credits of a video or a post: "Music: "Low Tide" by ...", "Shot on: ...".
    r"^(?:music|soundtrack|song|track|audio|footage|stock footage|gear|"
    r"equipment|thumbnail|voice-?over|narration|shot on|sources?|additional footage)"
    r"(?: (?:by|credits?))?\s*:",
    # ... and what the video borrows, used under the law's exception, with its purpose:
    # "Clips used under fair dealing for criticism and review.", "All footage used under fair
    # use.", the purpose first ("Clips used for criticism and review under fair use.") (a
    # sentence about fair use goes on past it).
    r"^(?:all )?(?:[\w-]+ ){0,2}(?:clips?|footage|excerpts?|images?|stills?|music|material|"
    r"trailers?)(?: (?:is|are))? used (?:(?:for|as) [^.!?]{1,50} )?under (?:the )?fair "
    r"(?:use|dealing)\b"
    r"(?: (?:for|as) [^.!?]{1,50})?\.?$",
    r"\b(?:photo|photograph|image|picture|illustration)s?\s*(?::|by\s+(?-i:[A-Z])|courtesy)"
    r"\s*\S.{0,60}$",
    r"\bcourtesy of\b.{0,60}$",
    # A credit over its caption: "Photo by the author: my sister in front of a bedsheet."
    r"^(?:photo|photograph|image|picture|illustration|still|frame)s?\s+(?:by|from|courtesy of)"
    r"\s+[^.:!?]{1,40}:\s*\S",
    # A caption that names what a picture shows and says nothing of its own, no verb of its
    # own: "Test frames for the pitch, generated in Veo and graded in-house." ("Test frames
    # for the pitch were generated in Veo." is a sentence of the essay.)
    rf"^(?!.*\b{_FINITE}\b)(?:an? |the )?(?:[\w-]+ ){{0,2}}{_PICTURES}"
    r"\s+(?:from|of|for|on|at|in|made|taken|shot)\b[^!?;:]{0,160}$",
    # A caption with no picture's name that is all one noun phrase: a thing, where or what it
    # is of, and a short clause about it, no verb of its own: "A generated walk-through of a
    # street that does not exist yet." ("The cost of a shot that used to take a week is now
    # nothing." goes on past its clause: a sentence of the essay.)
    rf"^(?:an?|the) (?:(?!{_FINITE}\b)[\w-]+ ){{0,3}}(?:of|for|from|in|on|at|near|outside)"
    rf" (?:an?|the) (?:(?!{_FINITE}\b)[\w-]+ ){{0,2}}(?:that|which|where) (?:[\w'’-]+ ){{1,4}}"
    r"[\w'’-]+\.$",
    # A caption that names its picture, then says what it shows: "A rough generated previs
    # frame: the window light was wrong." (a picture's name, its words no preposition: "The
    # trouble with every frame: …" is a sentence).
    rf"^(?:an?|the|my|our) (?:(?!(?:about|of|in|on|for|with|to|every|each|what|which|this|"
    rf"that|is|was)\b)[\w-]+ ){{0,4}}{_PICTURES}\s*:\s*\S",
    # A caption that ends with its picture's credit, the source's names after the kind of
    # picture: "… shown to survivors. Frame: Still Water / Runway" ("… twice. Frame: 112." is
    # the essay's).
    r"[.!?][\"'”’]?\s+(?:frame|photo|photograph|image|still|picture|footage|illustration|video)s?"
    r"\s*:\s*(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’-]*){0,4}"
    r"(?:\s*[/|,]\s*(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z0-9&])[\w.&'’-]*){0,4}){0,3}$",
    # A caption that ends with its picture's credit by a person: "Generated establishing shot,
    # Veo 3. Screenshot by the author." ("… Photo by photo, we rebuilt it." is the essay's.)
    r"[.!?][\"'”’]?\s+(?:screenshot|photo|photograph|image|still|picture|frame|illustration)s?"
    r"\s+(?:by|from|courtesy of)\s+[^.!?,;:]{1,40}\.?$",
    # A caption that says what it shows, then what kind of picture it is: a short paragraph
    # closed by a label, a sentence or an aside that is one noun phrase headed by a picture's
    # name, no verb of its own ("Six night interiors, one afternoon. Generated test frames,
    # not final footage.", "The look the director loved. No lamp makes that wrap. (Generated
    # still)"), and no one speaking in it. An author's short paragraph speaks ("We kept it.
    # Test footage, nothing more."), counts ("Twenty-four frames, one second.") or is the
    # label alone, a punch line ("Real footage, real light.").
    PICTURE_LABEL := (
        rf"^(?!.*\b{_PERSON}\b)(?=\W*(?:\S+\s+){{0,{CAPTION_MAX_WORDS - 1}}}\S+$)"
        rf"(?:.*?[.!?][\"'”’]?\s+{_LABEL}[.!?]?|.*?\(\s*{_BARE_LABEL}\s*\)\.?"
        # ... or opens on the label, saying where its pictures are from, then says what they
        # show ("Stills from the pitch reel. None of these pools ever looked like this."), the
        # label perhaps someone's or numbered, a short verbless note after where it is from
        # ("Frame 212 of the coastal road. Nothing in it was ever filmed.", "Ruth's comp of the
        # market square, before grading. The horse is real.").
        rf"|{_DETERMINER}?{_BARE_LABEL}(?: \d+[a-z]?)?(?:{_WHERE})+{_LABEL_NOTE}\.\s+\S.*)$"
    ),
    # A caption that names no picture but is all labels: two or three sentences, each a noun
    # phrase with no verb ("The projection booth at the Dalesview Picture House. The cinema's
    # original 1936 projector, now retired."). Prose has verbs; an author's verbless punch
    # lines are short ("Clean gradients. No secrets.").
    rf"^{_PHRASE}(?: {_PHRASE}){{1,2}}$",
    IMAGE_NOTE := r"^\[(?:image|photo|picture|video|figure|gif|audio)\b.{0,300}\]$",
    r"\bdownload (?:and \w+ )?(?:this|the) (?:image|picture|photo)\b",
    r"\b(?:posts?|articles?|writing|newsletter) (?:is|are) (?:\w+ )?written without (?:the )?AI\b",
    # A post's foot: its thanks to those who read a draft or helped out ("Thanks to Jo for
    # reading a draft of this.", after a club's closing notice: "Tea and biscuits as always, and
    # thanks to Derek for fixing the blackout blind."), and the ways to follow or reach its
    # writer ("If you liked this, follow along via RSS …", "email me at jo@example.com").
    r"^(?:[^.!?]{1,40},\s+)?(?:(?:many|special|with|and) )?thanks?(?: you)? to\b.{1,100}\bfor "
    r"(?:[a-z]{2,}ing|(?:their |the |your )?(?:comments|feedback|notes))\b.{0,60}$",
    r"^if you (?:liked|enjoyed|found|like|enjoy)\b.{0,40}\b(?:follow|subscribe|rss|newsletter|"
    r"e-?mail me|share it|sign up)\b",
    r"\bfollow (?:along |me |us )?(?:via|on|through|with) (?:rss|mastodon|bluesky|twitter|the feed|"
    r"the newsletter|e-?mail)\b",
    r"\b(?:e-?mail|write to|contact) me at\s+\S+@\S+",
    # ... or where else to find the writer's work, a social post's pointer to its profile: "both
    # films are on my vimeo if you want to compare, link in bio.", "Full cut on my channel
    # (link in profile).", or to the comment the poster pinned or left first under the post
    # ("Sources and further reading are in the pinned comment.", "Link in the first comment"),
    # however it is put there ("Sources are pinned in the first comment", "posted in …").
    r"^[^.!?]{0,120}\b(?:links? (?:is |are )?in (?:my |the )?(?:bio|profile)|(?:links?|is|are) "
    r"(?:all )?(?:[a-z]+ed )?(?:in|below in) (?:the|my) (?:pinned|first|top) comment)\W{0,3}$",
    # A poster's promise of news to come, closing the post, perhaps after the news so far:
    # "We're in second round now. I'll update when I know more.", "Will report back."
    r"^(?:[^.!?]{1,60}[.!]\s+)?(?:i['’]ll|i will|we['’]ll|we will|will) (?:(?:try to|be sure to) )?"
    r"(?:update (?:this|the thread|the post|you|everyone|(?:y['’]|you )all|when|once|if|as)"
    r"|post an update|report back|keep (?:you|everyone|(?:y['’]|you )all) (?:posted|updated))"
    r"\b[^.!?]{0,60}[.!]?$",
    # A creator's thanks to those who fund the work, or who wait for it, closing a post to them:
    # "Thank you for funding the printmaker's fee, by the way. That's entirely patron money.",
    # "Thank you for your patience, and for backing …" (a late project's update), "Thank you,
    # all of you, for the coffees that keep the lights on …" (a Ko-fi post's), "Thank you,
    # as always, for paying for the plasticine …" (a patrons' post's), or naming
    # them by what they give: "Thank you to everyone who buys me a coffee here, it paid for …",
    # or by what their gift did ("Thank you to everyone whose coffees paid for …"),
    # "Thanks to all of you who chip in on Patreon.", "Thank you to everyone on Patreon who made
    # the trips possible.", perhaps after a pointer to what is below ("Chapters and sources
    # below.").
    r"^(?:[^.!?]{1,40}\bbelow[.!]\s+)?"
    r"(?:and )?(?:(?:a )?(?:big|huge|special) )?(?:thanks?|thank you),?(?: (?:all|everyone|so "
    r"much|again|all again|as always|all of you|every one of you))?,? (?:(?:all |everyone )?for "
    r"(?:funding|paying for|backing|supporting|sponsoring|your support|making (?:this|it) "
    r"possible|your patience|bearing with (?:us|me)"
    # ... or thanking them for what they give ("Thank you, all of you, for the coffees that …")
    r"|(?:the|your|all the|all your) (?:coffees|tips|donations|pledges|contributions)\b)"
    r"|to (?:everyone|every ?one of you|all of you|each of you|all|those of you|anyone|you all) "
    r"(?:on (?-i:[A-Z])[\w.-]+ )?"
    r"(?:who|whose [\w-]+) (?:\w+ )?(?:buys?|bought|funds?|funded|backs?|backed|supports?|"
    r"supported|sponsors?|sponsored|pledges?|pledged|chips? in|chipped in|tips?|tipped|"
    r"subscribes?|subscribed|donates?|donated|pays?|paid|made [^.!?]{1,60}? possible))"
    r"\b[^.!?]{0,100}[.!](?:\s+[^.!?]{1,40}[.!])?\W*$",
    FEED_POST_LABEL.pattern,
    AUDIENCE_LINE.pattern,
    # ... or a call to readers to write in (see ``_CALL_TO_READERS``).
    CALL_TO_READERS := _CALL_TO_READERS,
    # A poster's note added after the thread took off, about how it was received ("Edit: thanks
    # for the replies, didn't expect this to blow up.", "ETA: wow, thanks for the awards", "Edit:
    # wow, did not expect this many replies."): it talks to the thread, not about film. An edit
    # that argues ("Edit: to be clear, the editor agrees with the list.") stays the poster's.
    r"^\W*(?:edit|update|eta)\s*\d*\s*[:—–-]\s*(?:wow|ok|okay|oh|lol|holy \w+)?[,!. ]*"
    r"(?:thanks?|thank you|ty|(?:i )?(?:did not|didn't|never) expect(?:ed)?)\b"
    r"(?:(?!\b(?:but|because)\b).){0,40}\b(?:replies|responses|"
    r"comments|awards?|gold|upvotes?|dms?|messages|views|discussion|feedback|kind words)\b"
    r".{0,120}$",
    # A newsletter's greeting over the issue ("Hello again.", "Hi all,"), its tagline under its
    # name ("A weekly letter about working in film"), and its postal address, which the law asks
    # of a mailing ("Frame Notes, 12 Harbour Lane, Bristol BS1 4QA, UK").
    r"^(?:hi|hello|hey|greetings|dear)(?: again| there| all| everyone| friends| folks| (?:dear )?"
    r"readers| subscribers)?[,.!]$",
    # ... or welcoming the letter's new readers ("Hi friends, and welcome to the thirty new
    # subscribers who found us through …", "A warm welcome to everyone who signed up after …"):
    # it speaks to the list, not about film.
    r"^(?:(?:hi|hello|hey)\b[^.!?]{0,30}?[,!—–-]\s*(?:and )?)?(?:an? (?:warm |big |special )?)?"
    r"welcome(?: back)?,? to (?:(?:the|all|our|you) )?(?:(?:[\w-]+ ){0,3}new (?:subscribers|"
    r"readers|members|faces)\b|(?:everyone|all of you|those of you|anyone) who (?:just |recently )?"
    r"(?:subscribed|signed up|joined)\b)[^.!?]{0,100}[.!]$",
    # ... and with the writer introducing themselves to a page many post to (a studio's, a
    # creator page's): "Hi everyone, Ines here.", "Hey all — Marco here!"; or a host to their
    # show's listeners, naming it: "Hi, I'm Lucía, and this is Frame Count.".
    r"^(?:hi|hello|hey|greetings)(?: again| there| all| everyone| friends| folks| patrons| "
    r"members| team)?\s*[,!—–-]\s*(?:(?:it['’]s )?(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+))? "
    r"here|(?:i['’]m|i am|this is) (?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+))?,? and "
    r"(?:this is|welcome to|you['’]re listening to) (?-i:[A-Z])[^.!?]{0,40})[.!]$",
    # A plug for something to download beside the essay, closing on where it is ("Want the
    # exercise sheet? It's free to download on the Resources page.", "… free to download here.",
    # a link's label); "The model is free to download, which …" is the essay's.
    r"\b(?:free|available) (?:to|for) download (?:here|below|(?:on|from|at) (?:the|my|our) "
    r"[^.!?]{1,40}(?:page|site|shop))\W*$",
    # A pointer to where the details are, closing a letter or a notice ("The full submission
    # guidelines are on our website, and the early-bird deadline is January 15.", "Times and
    # tickets for the season are at the link below."): it sends readers elsewhere, argues nothing.
    r"^(?:the |all )?(?:full |complete |latest )?(?:[\w-]+ ){0,2}(?:details|guidelines|rules|terms|"
    r"information|info|schedule|programme|program|line-?up|faq|tickets|times|dates|forms?|"
    r"transcripts?|slides|notes)(?: and (?:[\w-]+ ){0,2}\w+)?(?: (?:for|of|to) [^.!?,]{1,50}?)? "
    r"(?:(?:is|are) (?:all )?(?:now )?"
    r"(?:up |posted |available |listed )?|can be found )(?:on|at) (?:(?:our|my) (?:website|site|"
    r"web ?page|page)|the (?:website|link below))"
    # (perhaps with the date it is all due: "…, and the deadline is January 15.")
    r"(?:,? and (?:the )?(?:[\w-]+ ){0,3}(?:is|are|closes?|falls?) [^.!?,]{1,40})?[.!]$",
    r"^an? (?:\w+ ){0,2}(?:letter|newsletter|blog|journal|zine|digest|dispatch|magazine) "
    r"(?:about|on|for|from|of)\b(?:(?!\bby\b)[^.!?]){0,80}$",  # ("…, by Jane Doe": a byline)
    # ... and the letter naming itself to its reader in its foot, perhaps with the prompt to pass
    # it on: "You are reading Lens Cap Weekly, a letter about cameras and crews. Forward it to a
    # friend who shoots."
    r"^you(?:['’]re| are) reading (?-i:[A-Z])[^,.!?]{0,60},\s+an? (?:[\w-]+ ){0,3}(?:letter|"
    r"newsletter|blog|journal|zine|digest|dispatch|magazine|column|publication)\b[^.!?]{0,120}"
    r"[.!]?(?:\s+[^.!?]{1,100}[.!])?$",
    # A letter's closing line and its trailer for the next issue: "That's it for this week.
    # Next issue: the subtitle fonts that ruined three masterpieces.", "Next week: …".
    rf"^(?:and )?(?:that['’]s|that is) (?:it|all|(?:the|this) (?:week['’]s )?(?:letter|issue|"
    rf"newsletter|edition)) for (?:today|tonight|now|(?:this|the) (?:week|day|month|year|issue|"
    rf"letter|edition|newsletter|time|one|round))\b[^.!?]{{0,25}}[.!]"
    # (with a call to review the show between them: "If you liked the episode, leave a review
    # wherever you listen, it really helps. Next time: …").
    rf"(?:\s+(?:{_NEXT_ISSUE}|[^.!?]{{1,100}}[.!])){{0,2}}\W*$",
    rf"^{_NEXT_ISSUE}\W*$",
    # ... and a show's, naming itself in a sentence of its own, perhaps with its thanks to the
    # listeners ("That's the show. Thanks for listening, and …"; "That's the show business for
    # you." goes on, "That's the episode. If you've got notes, keep them." is the essay's).
    r"^(?:and )?(?:that['’]s|that is) (?:the|this|our) (?:show|episode)[.!]"
    r"(?:\s+(?:thanks?|thank you)\b[^.!?]{1,120}[.!])?\W*$",
    r"^(?=[^.!?]*$)(?=.*(?-i:\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z]{2},? \d{5}(?:-\d{4})?\b))"
    r"(?=(?:.*[,/|·]){2})[^\n]{10,140}$",
    # Where a picture sits, labelling its caption: "Pictured: …", "Above: …", "Left, the plate;
    # right, our frame".
    r"^(?:pictured|above|below|top|bottom|inset|overleaf)\s*:\s*\S",
    r"^(?:left|top|above)\s*[,:]\s[^.!?]{0,80}[;,]\s*(?:right|bottom|below)\s*[,:]\s",
    # ... or pointing the writer out in it, by where they stand, after a comma: "From a night
    # shoot, 2011. I'm the one in the yellow scarf, far left.", "That's me, second from right."
    # ("I'm on the left of this argument" names no place in a picture.)
    r"^(?:[^.!?]{1,80}[.!]\s+)?(?:i['’]m|that['’]s me|me)\b[^.!?]{0,50},\s+(?:far|on the|at the|"
    r"second from(?: the)?|third from(?: the)?) (?:left|right)\W*$",
    # Cookie banners and consent.
    r"\bcookie (?:consent|banner|settings|policy|preferences)\b",
    r"\bwe use cookies\b",
    r"^(?:accept|reject|allow|deny|decline) (?:all|cookies|necessary)\b.{0,20}$",
    r"^(?:manage|privacy) (?:preferences|settings|choices)$",
    r"\bwe value your privacy\b",
    r"^(?:privacy|cookie|terms)(?: policy| of (?:use|service)| (?:&|and) conditions)?$",
    # Social prompts and "more to read".
    r"^follow (?:us|me)(?:\s+on\b.{0,60})?[.!:]?$",
    r"^\+\s*(?:follow|connect|subscribe)\b.{0,20}$",
    r"^[^\w\s]{1,3}$",  # a lone separator ("·", "▲") between the parts of a post
    # A player's or a gallery's controls pasted with the page: arrows alone ("◀ ▶", "‹ ›"), a
    # play button with its running time or label ("▶ 0:42", "► 2:15 The harbour at dusk",
    # "▶ Play (0:42)"), a gallery's counter before its caption ("Photo 1 of 6: the harbour").
    r"^(?:[^\w\s]\ufe0f?\s*){2,6}$",
    r"^[▶►▷⏵⏯]\ufe0f?\s*(?:\(?\d{1,2}:[0-5]\d\)?|(?:play|watch|pause)\b).{0,100}$",
    r"^(?:photo|image|picture|slide|still|frame)s?\s+\d{1,2}\s*(?:of|/)\s*\d{1,2}\b.{0,120}$",
    # A clip's caption with its running time ("The generated harbour at dusk, 0:42."): a noun
    # phrase, no verb, the time after a comma or in brackets.
    rf"^(?!.*\b(?:{_FINITE}|{_PERSON})\b)(?:[^.!?]{{3,100}}[.!?]\s+)?[^.!?]{{3,100}}"
    r"(?:,\s*|\s\()\d{1,2}:[0-5]\d\)?\.?$",
    # A photo essay's credit for all its pictures ("All images generated with Veo 3 by the
    # author.", "All stills: the author"); "All frames are generated at 24fps" is the essay's.
    r"^all (?:the |of the |our |my )?(?:images|photos|photographs|pictures|stills|frames|"
    r"illustrations|footage|clips|visuals)\s*(?::|(?:by|generated|made|shot|taken|created|"
    r"courtesy)\b).{0,100}$",
    r"^contact \S.{0,60}\bfollow (?:him|her|them|me|us) on\b.{0,60}$",
    # A menu bar: three or more short items separated by "|", "·" or "•".
    r"^[^|]{1,30}(?:\s\|\s[^|\s]{1,20}(?:\s[^|\s]{1,20})?){3,}(?:\s+\S{1,20})?$",
    r"^[^·•]{1,30}(?:\s[·•]\s[^·•]{1,30}){3,}$",
    r"^</?[a-z][\w-]*(?:\s[^>]*)?>$",
    r"^follow .{1,40} on (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon)\b",
    # A series' prompt to follow the writer for its next part: "If this was useful, follow
    # @kwame for Part 4, where ...", "Subscribe to this series for the next one."
    r"^\W*(?:if [^,]{1,40},\s*)?(?:follow|subscribe to)\s+(?:me|us|\[?@\w+|this (?:blog|series|"
    r"newsletter)|the series)\b.{0,40}?\bfor (?:part \d+|the next\b|more (?:posts|parts)\b)",
    r"^share(?: this(?: article| post| story| page)?)?:?$",
    r"^(?:tweet|pin it|email this|print this|copy link|link copied|share link)$",
    SHARE_ON,
    r"^click to share\b",
    r"^like this:?$",
    r"^(?:like|likes) (?:loading|\(\d+\)).{0,10}$",
    r"^(?:facebook|twitter|x|instagram|linkedin|youtube|vimeo|tiktok|bluesky|mastodon|"
    r"threads|pinterest|reddit|whatsapp|rss|link|copy link)(?:[\s·|,]+(?:facebook|twitter|x|"
    r"instagram|linkedin|youtube|vimeo|tiktok|bluesky|mastodon|threads|rss|email))*$",
    # Tags, categories, copyright, platform credits.
    r"^(?:#[\w-]+[\s,]*)+$",
    # ... and a tag of a few words, one to a line (Tumblr's "#long post").
    r"^#[^\W\d_][\w'’-]*(?: [\w'’-]+){1,5}$",
    r"^(?:©|\(c\)|copyright\b)",
    r"\ball rights reserved\b",
    # A profile's blurb, its owner's pronouns a part of their own between its stops ("film
    # stills, long posts, bad opinions. she/her. 16mm forever.", a blog's tagline): no essay
    # sets them apart ("Her pronouns were she/her, and the credits got them wrong."). One that
    # names its owner ("notes of Odile Marsh · she/her · …") is left to name the author.
    r"^(?=(?:\S+\s+){0,24}\S+$)(?!.*(?-i:\b[A-Z][\w'’-]+ [A-Z][\w'’-]+\b))(?:.*[.!?|·•]\s+)?"
    r"(?:he|she|they|ze|xe)/(?:him|his|her|hers|they|them|theirs|she|he|zir|xem)(?:/\w+)?"
    r"(?:\s*[.|·•]\s+.*|\.?)$",
    # A trademark notice: "X and the Y Logo are registered trademarks of Z inc.", a whole line
    # ("Sora is a trademark of OpenAI, and the name does a lot of work." goes on).
    # The owner may be a company, its host name and legal form in it ("Vimeo.com, Inc.").
    r"^[^.!?]{1,80}\b(?:is an?|are)(?: registered)? trademarks? of [^.!?,;]{1,60}"
    r"(?:\.[a-z]{2,6})?(?:,? (?:inc|llc|ltd|plc|gmbh|corp|co)\b)?\.?$",
    r"^(?:powered by|proudly (?:created|made) with|built with|made with)\b",
    # A page's licence and its prompt to report mistakes: "Licensed CC BY-NC 4.0. Found a
    # mistake? Open an issue.", "This work is licensed under a Creative Commons Attribution
    # 4.0 licence.", "Spotted a typo? Edit this page on GitHub".
    r"^\W*(?:this (?:work|post|page|note|article|essay|site|blog|text) is )?licen[cs]ed "
    r"(?:under )?(?:an? |the )?(?:cc\b|creative commons\b)",
    r"^\W*(?:found|spotted|see) (?:a|an) (?:mistake|typo|error)\?",
    r"^\W*(?:edit this page|suggest an edit|improve this page)\b.{0,40}$",
    # An ad slot's label, however a theme decorates it ("- Advertisement -", "ADVERTISEMENT ▼"),
    # and the news sites' "Story continues below advertisement".
    AD_LABEL := (
        r"^[\W_]*(?:advertisements?|adverti[sz]ing|ad|sponsored(?: content| post| links?)?|"
        r"paid (?:content|post)|partner content)[\W_]*$"
    ),
    r"^(?:the )?(?:story|article|text|post) continues (?:below|after)\b.{0,30}$",
    r"^(?:continue reading|scroll to continue(?: with content)?) (?:below|after)\b.{0,30}$",
    r"\b(?:visited|viewed) [\d,.]+ times\b",
    r"^[★☆✩✭⭐½]{1,6}$",  # a star rating
    r"^for (?:immediate|general) release\b.{0,40}$",
    # A draft's or a confidential document's banner: the document's status, not its text.
    r"^[\W_]*(?:draft|confidential|internal|embargoed|private|not for (?:publication|"
    r"distribution))\b[^.!?]{0,15}(?:[—–:-]|$).{0,60}$",
    r"\b(?:please )?do(?:n['’]t| not) (?:share|distribute|circulate|forward)\b.{0,40}$",
    BADGE.pattern,
    # A group's or a community's kind and size, under its name ("Private group · 8.4K members").
    r"^(?:(?:public|private|closed|secret|visible|hidden) )?(?:group|community|server|forum|"
    r"page|channel)\s*[·•|-]\s*[\d.,]+\s*[km]?\s+(?:members|followers)$",
    r"^updated(?: on)?:",
    # A news page's labels around its pictures and videos ("Image source, Getty", "Image
    # caption,", "Media caption,"), a photo credit glued to its caption ("…Credit...Jo Bloggs"),
    # and its promotions' skip links ("skip past newsletter promotion").
    CAPTION_LABEL := r"^(?:image|media|video|photo|picture) caption\s*[,:]?$",
    r"^(?:image|media|video|photo|picture) (?:source|credit)\s*[,:]\s*\S.{0,60}$",
    r"\bcredit(?:\.\.\.|…)\s*\S.{0,60}$",
    r"^(?:skip past|after|end of) (?:the )?(?:newsletter|advertisement|advert|ad|sponsored|"
    r"promotion)s?\b.{0,30}$",
    r"^privacy notice\s*:",
    r"^listen to this (?:article|story|post|piece|essay)\b.{0,40}$",
    # A thread's pager: "« previous next »", "Pages: [1] 2 3".
    r"^[«‹<]?\s*(?:previous|prev|older)(?: topic| post)?\s+(?:next|newer)(?: topic| post)?"
    r"\s*[»›>]?$",
    r"^pages?\s*:\s*(?:\[?\d+\]?\s*)+(?:go (?:up|down))?$",
    # How old a page is, and how a paper printed it: "This article is more than 1 month old",
    # "A version of this article appears in print on …", its letters page's invitation.
    r"^this (?:article|story|post|piece) is (?:more than|over) \d+ \w+ old$",
    r"^a version of this (?:article|story|essay|review|column) (?:appears|appeared) in print\b",
    # The paper's note on a change to the piece: "Update, March 3, 9:12 a.m.: This article has
    # been updated with …", "Correction: An earlier version of this story misstated …".
    r"^(?:update[ds]?|correction|clarification|editor['’]s note)\b(?:[^:!?]|:\d){0,40}:\s*"
    r"(?:this|an earlier version of this) (?:article|story|post|piece|column|review)\b",
    # ... and on the reader's access while the paywall checks it: "You have a preview view of
    # this article while we are checking your access."
    r"^you (?:have|are (?:viewing|reading|seeing)) an? (?:\w+ ){0,2}(?:preview|view|excerpt) "
    r"(?:of )?(?:this|the) (?:article|story|piece|post)\b[^.!?]{0,60}\b(?:your|the) "
    r"(?:access|subscription|account)\b",
    # A magazine's note on the print issue that carried the piece, with its prompt to buy one:
    # "This article appears in the July 2025 issue of X. Subscribe.", "This story ran in our
    # spring print edition."
    r"^(?:a version of )?this (?:article|story|essay|review|column|feature|piece|interview|"
    r"profile) (?:also )?"
    r"(?:appears|appeared|ran|runs|was (?:first )?(?:published|printed)) in (?:the|our|its)\b"
    r"[^.!?]{0,60}\b(?:issue|edition|print)\b[^!?]{0,80}$",
    r"\bletters? to the editor\b",
    # A paper's invitation to answer a piece in its letters page: "Do you have an opinion on
    # the issues raised in this article? If you would like to submit a response …".
    r"^(?:do you have an opinion on|have your say on|what do you think (?:of|about)|(?:got|have) "
    r"(?:a view|an opinion|thoughts|something to say) (?:on|about)) (?:the issues? raised in )?"
    r"(?:this|today['’]s) (?:article|story|column|piece|essay)\b.{0,240}$",
    r"\b(?:submit|send|write)\b[^.!?]{0,30}\b(?:response|letter|reply)\b[^.!?]{0,80}\b(?:for "
    r"publication|letters? (?:section|page)|published (?:in|on) our)\b.{0,60}$",
    # ... or its address and its rules: "Write to us at letters@… Letters should be no more than
    # 300 words and include your full address.", "Write to programme@… and a member of the team
    # will get back to you."
    r"\b(?:write|e-?mail) (?:to )?(?:(?:us|the editor) at )?\S+@\S+\b.{0,200}$",
    r"\bletters (?:should|must) (?:be|not exceed)\b[^.!?]{0,40}\bwords\b",
    # A paper's meter, its appeals for support and its tools around a piece: "You have 2 free
    # articles left this month.", "Our journalism relies on readers like you.", "Please turn
    # off your ad blocker to continue reading.", "Gift this article".
    r"^you(?:['’]ve| have) (?:read )?\d+ (?:of (?:your )?\d+ )?(?:free )?(?:articles?|stories|"
    r"gift articles)\b[^.!?]{0,40}[.!]?"
    # ... perhaps with its prompt: "… remaining this month. Subscribe from £4.99 or sign in."
    r"(?:\s+(?:subscribe|sign (?:in|up)|log ?in|register|become a (?:member|subscriber))\b"
    r"[^!?]{0,100})?$",
    # ... and its wall once the meter runs out, with its prompt: "You've reached your limit of
    # free articles. Register for free to read more, …".
    r"^you(?:['’]ve| have) (?:reached|hit|used(?: up)?) (?:your|the) (?:\w+ )?(?:limit|quota|"
    r"allowance) of (?:free )?(?:articles?|stories|reads)\b.{0,160}$",
    r"^(?:support|fund) (?:independent|local|quality|our) journalism\b.{0,80}$",
    # ... and its appeal closing a line, perhaps on the condition it was worth it: "X is a
    # nonprofit newsroom. If this column was useful to you, support our work."
    r"(?:^|[.!]\s+)(?:if [^.!?,]{1,60},\s*)?(?:please )?(?:support|fund|donate to) (?:us|our "
    r"(?:work|journalism|reporting|newsroom|mission))\b[^.!?]{0,40}[.!]?$",
    r"\b(?:our|this) journalism (?:relies|depends) on\b.{0,80}$",
    r"^we rely on (?:advertising|readers|your support)\b.{0,80}$",
    r"^(?:please )?(?:turn off|disable|pause|whitelist us in) your ad ?-?blocker\b.{0,60}$",
    r"^(?:gift|reuse|save) this (?:article|story|content)$",
    r"^explore more on (?:these|this) topics?$",
    r"^sign up (?:to|for) (?:our|the)\b[^.!?]{0,40}\b(?:briefing|newsletter|bulletin|digest)s?\b"
    r"[^!?]{0,80}$",
    # A reading app's box for the reader's own notes on a highlight: "Add a note…".
    r"^add (?:a |your )?(?:note|annotation|highlight)s?\s*(?:…|\.{3})?$",
)

# A consent wall's paragraphs (a site's cookie notice, in full): long enough to pass for prose,
# but written in a vocabulary no essay piles up. Several of its terms, two of them the web's own.
_CONSENT_TERM = re.compile(
    r"\b(?:cookies?|personal data|partners|consent(?:ing)?|preferences|identifiers|geolocation|"
    r"devices?|advertising|processing|legitimate interests?|withdraw|website|webpage|this site|"
    r"browsing|tracking|opt[- ]out|personali[sz]e[ds]? (?:ads|advertising|content))\b",
    re.IGNORECASE,
)
_CONSENT_WEB = frozenset(
    {"cookie", "cookies", "identifiers", "geolocation", "device", "devices", "advertising",
     "website", "webpage", "this site", "browsing", "tracking", "legitimate interest",
     "legitimate interests"}
)  # fmt: skip
_CONSENT_MAX_WORDS = 150
# A cookie notice's short form: the reader's staying on counts as agreeing ("This site uses
# cookies. By continuing to use this website, you agree to their use."). Too short to pile up
# the terms above, it says what no essay says to its reader: that reading on is consent.
_CONSENT_BY_USE = re.compile(
    r"\bby (?:continuing|using|browsing|staying|clicking)\b.{0,80}\byou (?:agree|accept|consent)\b",
    re.IGNORECASE,
)
# ... or the choice it offers between its buttons, named in the sentence ("Select Accept to
# consent or Reject to decline non-essential cookies"): with the web's own term, its notice.
_CONSENT_CHOICE = re.compile(
    r"\b(?:accept|agree|allow)\b.{0,60}\b(?:reject|decline|refuse|deny)\b", re.IGNORECASE
)
_CONSENT_NOTICE_MAX_WORDS = 40


def consent_text(text: str) -> bool:
    """Whether ``text`` is a consent wall's paragraph (see ``_CONSENT_TERM``), or a cookie
    notice's short form (see ``_CONSENT_BY_USE`` and ``_CONSENT_CHOICE``)."""
    if len(text.split()) > _CONSENT_MAX_WORDS:
        return False
    terms = {m.casefold() for m in _CONSENT_TERM.findall(text)}
    if len(text.split()) <= _CONSENT_NOTICE_MAX_WORDS and _CONSENT_BY_USE.search(text):
        return len(terms & _CONSENT_WEB) >= 2
    if len(text.split()) <= _CONSENT_NOTICE_MAX_WORDS and _CONSENT_CHOICE.search(text):
        return bool(terms & _CONSENT_WEB)
    return len(terms) >= 4 and len(terms & _CONSENT_WEB) >= 2


# What a consent wall's other lines offer the reader: "You can change your choices at any time
# by selecting Privacy settings …", "Your privacy, your choice", "Accept all".
_CONSENT_CONTROL = re.compile(
    r"\b(?:privacy|choices?|settings|preferences|consent|opt[- ]out|accept|reject|agree|object)\b",
    re.IGNORECASE,
)


def speaks_consent(text: str) -> bool:
    """Whether a short line speaks a consent wall's language, its web vocabulary ("… your right
    to object where legitimate interest is used.") or the choices it offers ("You can change
    your choices at any time …"): next to the wall's paragraph, it is the wall's too."""
    terms = {m.casefold() for m in _CONSENT_TERM.findall(text)}
    return len(text.split()) <= JUNK_MAX_WORDS and bool(
        terms & _CONSENT_WEB or _CONSENT_CONTROL.search(text)
    )


# What interrupts an article's body (an ad slot, a picture, its caption or credit, a "Read
# more:" link) rather than following its headline: a line over one of these is the body's.
INTERRUPTION = _patterns(
    AD_LABEL,
    IMAGE_NOTE,
    r"^(?:[\w-]+\s+){0,2}(?:photo|photograph|image|picture|illustration|graphic)s?"
    r"(?:\s+credits?)?\s*:",
    r"^(?:read more|related|see also|also read|read next)\s*:",
)

# The caption of a reviewed work's poster ("Poster for The Glass Orchard (2025)"): the work.
POSTER = re.compile(POSTER_CAPTION, re.IGNORECASE)

# A user name alone on a line ("marisol.cuts", "@rheacuts"): a post's header, never its text.
HANDLE = re.compile(r"^(?:u/|@)?[a-z0-9]+(?:[._][a-z0-9]+)+$|^(?:u/|@)[\w.-]{2,40}$")

# Navigation, bylines and "read more" lines: they start with everyday words ("More", "By",
# "Related"), so a line that ends like a sentence ("By then, nobody cared.") is never one.
NAV = _patterns(
    r"^(?:skip|jump|go|back|return) to\b.{0,40}$",
    r"^(?:create (?:an? |your )?(?:free )?account|join now)\b.{0,30}$",
    # (An app's promotion may name the platform: "Get the Reddit app"; a sign-up wall's button
    # may take the terms with the action: "Agree & Join LinkedIn", "Accept and sign in".)
    r"^(?:(?:agree|accept) (?:&|and) )?"
    r"(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|search|menu|home|open in app|"
    r"get (?:the )?(?:\w+ )?app|listen|follow|following|share|reply|award|report|save|print|"
    r"email|join|e-mail|top|more|see all|see more|next|previous|contact|about|write|help)"
    r"\b.{0,30}$",
    r"^(?:expand|collapse|toggle) .{0,30}$",
    # A button that opens or closes a panel ("Open menu", "Open settings menu", "Close navigation").
    r"^(?:open|close) (?:the )?(?:\w+ )?(?:menu|navigation|nav|sidebar|panel|drawer|inbox|search)$",
    r"^(?:the )?archives?$",  # a blog's or a newsletter's link to its past posts
    # A platform's logo link to its front page ("Reddit Home"): a page called "Coming Home" is
    # not a platform's.
    r"^(?:reddit|youtube|medium|substack|tumblr|twitter|x|facebook|linkedin|quora|github|"
    r"discord|bluesky|mastodon|threads|instagram|tiktok|pinterest|imgur|lemmy|hacker news|"
    r"stack overflow|letterboxd|vimeo|patreon|dev) home(?: ?page)?$",
    r"^(?:navigation|main|site|primary|global) (?:menu|navigation)$",
    r"^(?:show|see|view) (?:less|more|transcript|all|original|translation|replies)\b.{0,20}$",
    r"^learn more\b.{0,20}$",
    r"^skip (?:navigation|nav|links?|ad|intro)\b.{0,20}$",
    r"^\d{1,2}:\d{2}(?::\d{2})?\s+\S.{0,60}$",  # a video's chapter list
    r"^(?:posted|published|filed|listed) (?:in|under)\b.{0,80}$",
    r"^(?:written|posted|published|words|story|text|reporting|review|reviewed|hosted|list|"
    r"curated|compiled) by\b"
    r".{0,60}$",
    r"^by\s+\S.{0,60}$",
    r"^published in\b.{0,60}$",
    r"^(?:read more|related|see also|also read|read also|more from|more on|read next|"
    r"recommended)\b.{0,120}$",
    r"^(?:take a look at|check out|watch|see|view) .{0,40}\bhere$",
    r"^(?:tags?|tagged|categories|category|filed under|posted in|topics?)\b.{0,80}$",
    # A forum topic's buttons and counts: "Start new topic", "Reply to this topic", "Followers 3".
    r"^(?:start (?:a )?new|reply to this|follow this|unfollow this|post (?:a )?new) "
    r"(?:topic|thread)$",
    r"^(?:followers|following|watchers)\s+\d[\d,]*$",
    r"^recommended posts$",
)

# The heading of a box of other stories' headlines: under an article, or set between its
# paragraphs (bot/cleaner.py tells which).
_TEASER_HEADS = (
    r"^(?:related|similar|recommended|more|recent|popular) (?:articles|posts|stories|reading|"
    r"questions|links|content|coverage|videos|topics)\b"
    r".{0,30}$",
    r"^you (?:may|might) also (?:like|enjoy)\b.{0,20}$",
    r"^(?:also read|read also|further reading|trending(?: now)?|most (?:read|popular)|"
    r"popular (?:now|this week|posts?)|more (?:stories|posts|articles|essays)(?: (?:from|by|like "
    r"this|on)\b.{0,40})?)$",
    r"^(?:read next|recommended for you|more from\b.{0,60}|recommended from\b.{0,30})$",
)
TEASER_HEAD = _patterns(*_TEASER_HEADS)
# Markers after which nothing is essay text: comment sections, author boxes, related lists.
END = _patterns(
    r"^leave a (?:reply|comment)\b",
    r"^loading comments\b.{0,10}$",
    r"^(?:add|post|write) a (?:comment|reply)\b",
    r"^join the (?:discussion|conversation)\b",
    r"^(?:\d+|one|no) (?:comments?|responses?|replies)(?: so far)?:?$",
    r"^(?:\d+|one) thoughts? on\b.{0,120}$",
    # A comment section's heading, its count in brackets ("Comments (23)"); a site's
    # "Webmentions" are the replies other sites sent it.
    r"^(?:top |all |latest |newest |oldest |reader )?(?:comments?|responses?|discussion|replies|"
    r"webmentions?)(?:\s*\(\d+\))?:?$",
    r"^(?:comments? section|discussion about this post|view (?:all|more) comments|"
    r"load more comments|sort by\b.{0,20}|sorted by\b.{0,20}|top comments)$",
    r"^\d[\d.,]*[km]?\s+comments?\b.{0,30}$",
    # A post's count of notes (Tumblr's reblogs and likes) over them, as a count of comments is,
    # perhaps after the post's date ("Posted 14 June 2026 · 1,318 notes", a theme's).
    r"^(?:posted\b[^·•|]{3,40}[·•|]\s*)?\d[\d.,]*[km]?\s+notes$",
    # A note on the comments under the post: "Comments are moderated.", "Comments welcome as
    # always, though I moderate them …".
    r"^comments (?:on this|are|(?:always |very )?welcome)\b.{0,120}$",
    r"^please enter your (?:comment|name|email)\b",
    r"^(?:your )?email address will not be published\b",
    r"\brequired fields are marked\b",
    r"^save my name, email\b",
    r"\bthis site uses akismet\b",
    r"^(?:promoted|sponsored|paid (?:for|content)) by\b.{0,40}$",
    r"^\d+ of \d+ (?:answers|comments|replies|responses|posts)$",
    r"^(?:references|bibliography|works cited|literature cited|notes and references)$",
    # A campaign's or a creator page's reward tiers under its story, each under its price alone:
    # "$15 USD", "Pledge £10 or more", "$5 / month".
    r"^(?:pledge |donate |give )?[$€£¥]\s?[\d.,]+(?:\s*[a-z]{3})?(?:\s*(?:or more|\+|/\s*(?:month|"
    r"mo|year)|per (?:month|year)|a month))?$",
    *_TEASER_HEADS,
    r"^written by\b.{0,60}$",
    # A blog theme's note under the post on where it is filed ("This entry was posted in Film
    # Nights and tagged Brackwater, village hall. Bookmark the permalink.", WordPress's).
    r"^this (?:entry|post) was posted\b.{0,300}\b(?:bookmark the permalink|filed under|tagged)\b",
    r"^share this:?$",
    # A newsletter's letters from its readers: their words, never the author's.
    r"^(?:from the |in the |this week['’]s )?(?:mailbag|mail ?bag|postbag|reader mail|"
    r"readers['’]? (?:letters|mail)|letters from readers|your letters)\s*:?$",
    r"^re: .{3,150}$",
    r"^\S{2,40} wrote:",
    # ... and a blog's reblog with its words added, among a post's notes (perhaps listed): "x
    # reblogged this from y and added: …" heads another's words, as "x wrote:" does.
    r"^(?:[-*•]\s+)?\S{2,40} (?:reblogged|reposted|shared) this from \S{2,40} and added:",
    r"^\S.{0,40} says:$",  # a WordPress comment's header
    r"^--$",
    r"^(?:#{3}|-\s*(?:ends?|30)\s*-|ends)$",  # the end of a press release
    r"^(?:media|press) (?:contacts?|enquiries|inquiries)\b.{0,30}$",
    # A press release's boilerplate under the story: notes to editors, the organisation's "About".
    r"^(?:notes? (?:to|for) (?:editors|journalists)|editors['’]? notes?|boilerplate):?$",
    r"^for (?:more|further) information,? (?:please )?(?:contact|email|call)\b.{0,80}$",
    r"^about (?:the )?(?-i:[A-Z])[\w&.'’ -]{0,50}\b(?:university|college|school|institute|"
    r"inc|ltd|llc|plc|studios?|festival|foundation|trust|council|company|group|agency|press|"
    r"network|association|society|academy)\.?:?$",
    # A publication's box under a post ("Published in Cinema Literacy", its tagline, followers),
    # or a newsletter platform's subscribe box there ("Discover more from …", its description).
    r"^(?:published in|discover more from)\s+(?-i:[A-Z])[^.!?]{0,60}$",
    # A document export's comment threads under the text: "[a]Too sentimental?" (Google Docs),
    # "[A1]Check this" (Word).
    r"^\[(?:[a-z]{1,2}|[A-Z]{1,3}\d{1,3})\](?=\S)",
    r"\bcomments? (?:by|via) (?:e-?mail|post)\b",
    r"^(?:ähnliche|verwandte) (?:artikel|beiträge)$",
)

# A repository README's sections under an essay kept in it: how to contribute, its licence.
REPO_FOOT = re.compile(
    r"^(?:contributing|how to contribute|contributions|contributors|licen[cs]e|licensing|"
    r"code of conduct|how to cite|citation|citing)$",
    re.IGNORECASE,
)

# The label over a sponsor's block in a newsletter or a podcast's notes ("TOGETHER WITH LUMEN
# RENTALS", "Today's sponsor"): the ad copy and its call to action follow it.
SPONSOR = _patterns(
    r"^(?:(?:this (?:issue|edition|episode|week['’]s (?:issue|edition)) is )?"
    r"(?:supported|sponsored|presented|brought to you) by|together with|in partnership with)"
    r"\s+(?-i:[A-Z0-9])[^.!?]{0,50}$",  # a sponsor's name, never "together with the crew"
    SPONSOR_ONLY := (
        r"^(?:(?:(?:today|this week|this issue|this episode)['’]s|our|a (?:word|message) from "
        r"(?:our|today['’]s|this week['’]s)) (?:sponsors?|partners?)"
        # ... or the label with the sponsor's name left to the logo under it ("In partnership
        # with" over a banner): a section's heading would name what it presents.
        r"|(?:supported|sponsored|presented|brought to you) by|together with|in partnership with)"
        r"\s*:?$"
    ),
)
# A label that can only be a sponsor's (not a section that starts "Presented by ...").
SPONSOR_ONLY_LABEL = re.compile(SPONSOR_ONLY, re.IGNORECASE)
AD_SLOT_LABEL = re.compile(AD_LABEL, re.IGNORECASE)
# A link's target as a plain-text e-mail or a text copy shows it after its label: "Claim the
# offer (https://…)", "Subscribe here <https://…>". Patterns that bound a line's length read the
# label without it.
LINK_TARGET = re.compile(r"\s*[(<\[]https?://[^\s)>\]]*[)>\]]")
# The link that closes an ad: "Book your March shoot →", "Try it free", "Use code REEL20".
AD_LINK = _patterns(
    r"[→›»]$",
    # ("See you next week," is a sign-off, not a link.)
    r"^(?:book|try|get|start|claim|shop|order|download|join|sign up|learn|find out|discover|"
    r"see(?! you\b)|visit|"
    r"use code|rent|grab|apply|register|listen|watch|read|check)\b[^.!?]{0,50}$",
)

# A reader's letter quoted in a newsletter, by its label: "A reader writes:", "Reader Jo Park
# writes in:", "One subscriber, a trailer editor, wrote:" (its words follow, after the colon or
# quoted under it).
READER_LETTER = re.compile(
    r"^(?:[•*-]\s+)?(?:(?:a|one|another) (?:reader|subscriber|listener)(?:,[^:,]{1,40},)?"
    r"|readers? (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2}"
    r"|(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2}(?= writes? in| wrote in)"
    # ... or a reader described, their letter quoted whole after the colon to the paragraph's end
    # ("A projectionist in Hebden Bridge writes: "We had …""): the paragraph is the letter. (An
    # author quoting a critic and answering them after the quote is the author's paragraph.)
    r"|(?:an?|one|another) [\w'’-]+(?: [\w'’-]+){0,5}"
    r"(?= (?:writes?|wrote)(?: in)?\s*:\s*[\"“][^\"“”]+[\"”]\s*$))"
    r"\s+(?:writes?|wrote|asks?|asked|e-?mails?|e-?mailed)(?: in)?\s*:",
    re.IGNORECASE,
)

# "Read more" alone: over a blog's teasers of other posts under a post (cleaner: when their dates
# or read times follow), or over one link inside the body, a news site's promotion.
READ_MORE = re.compile(r"^(?:read more|more to read|keep reading)$", re.IGNORECASE)
# "5 min read", or Discourse's "read 4 min" alone on its line ("I read 4 minutes of it" is prose).
READ_TIME = re.compile(
    r"\b\d+\s*min(?:ute)?s?\.? read\b|^\s*read\s+\d+\s*min(?:ute)?s?\.?\s*$", re.IGNORECASE
)

# The heading of an author box; the bio follows it.
ABOUT_AUTHOR = _patterns(
    r"^about (?:the )?(?:author|writer|contributor)s?:?$",
    r"^(?:meet the (?:author|writer)|about me|who wrote this):?$",
    r"^author bio:?$",
    # The label run into the bio: "**About the author:** Jane Doe teaches …".
    r"^[*_]*(?:about (?:the )?(?:author|writer|contributor)|author bio)[*_]*:[*_]*\s+[*_]*[A-Z]",
    r"^über (?:den|die) (?:autor|autorin)$",
)

# "Photo by Jane Doe on Unsplash", "Image courtesy of OpenAI" (case matters: a credit names
# someone, "The image by itself ..." is prose).
CREDIT = re.compile(
    r"^(?:[A-Z][\w-]*\s+)?(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ii]llustration|[Ff]ootage)s?"
    r"\s+(?:by|courtesy of|via|from)\s+[A-Z@]"
)
CREDIT_MAX_WORDS = 15

# A byline with the author's site glued on: "Jane DoeJane Doehttps://example.com".
BYLINE_URL = re.compile(r"^(?P<name>\S.{0,80}?)(?P<url>https?://\S+)$")
# Sentences of a bio that address the reader rather than describe the author.
CALL_TO_ACTION = _patterns(
    r"^(?:follow|subscribe|sign up|join|connect with|find|check out|visit|read more)\b",
    r"\bfor more content\b",
    r"\b(?:twitter|instagram|facebook|linkedin)\b.{0,40}[!]$",
)

# A callout block in a Markdown export (<aside> ... </aside>): a note to readers of the page.
ASIDE = re.compile(r"^[ \t]*<aside\b[^>]*>.*?^[ \t]*</aside>[ \t]*$", re.S | re.M | re.I)
# The other shapes a callout takes in Markdown: a quote led by its icon ("> 💡 …", Notion), by
# its kind ("> [!NOTE]", GitHub and Obsidian) or by its kind in bold ("> **Tip:** …", a theme's
# admonition), with any quoted lines under it. A quote that merely starts in bold ("> **Never**
# …") is kept, and so is a paragraph a kramdown theme styles as a notice ("{: .notice--warning}"):
# the class sets it apart, it does not make it a note to readers (tuning40's Jekyll post).
# A summary box led by its kind ("> **TL;DR** …") is one too: it repeats what the text argues.
_ADMONITION = (
    r"(?:tip|note|nb|warning|caution|important|info|hint|heads[- ]up|pro tip|aside|tl;\s?dr|tldr)"
)
MD_CALLOUT = re.compile(
    r"^[ \t]*>[ \t]*(?:\[![a-z]+\]|[\u2139\u2600-\u27bf\U0001f300-\U0001faff]|"
    rf"(?:\*\*|__){_ADMONITION}\s*:?\s*(?:\*\*|__)\s*:?)"
    r".*(?:\n[ \t]*>.*)*$",
    re.M | re.I,
)
# A card linking to another page, clipped as one link around its heading, its excerpt and its
# byline ("[" alone on a line, "### Title", "Excerpt …", "Jane Doe Jul 19, 2026", "](…)"): a
# teaser of that page (a "Read more" row, a bookmark card), none of it this page's text. (A
# picture linked the same way holds no heading.)
MD_LINK_CARD = re.compile(
    r"^[ \t]*\[[ \t]*\n(?=(?:(?![ \t]*\]\().*\n){0,12}?[ \t]*#{1,6}[ \t])"
    r"(?:(?![ \t]*\]\().*\n){1,15}?[ \t]*\]\([^)\s]*\)[ \t]*$",
    re.M,
)
# A table of contents in Markdown: list items that only link to headings of the same page
# ("- [The budget line](#the-budget-line)"), read before links lose their targets.
MD_TOC = re.compile(
    r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\[[^\]\n]{1,100}\]\(#[^)\s]*\)[ \t]*$", re.M
)
# A one-line paragraph right under an image in Markdown ("![…](…)", or a link's: "[![…](…)](…)"):
# the image's caption.
MD_CAPTION = re.compile(
    r"^(?P<image>[ \t]*\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?[ \t]*\n(?:[ \t]*\n)?"
    # ... the image perhaps a link's, closed on a line of its own (Substack's, clipped).
    r"(?:[ \t]*\]\([^)]*\)[ \t]*\n(?:[ \t]*\n)?)?)"
    r"(?P<caption>(?![ \t]*(?:[#>!|]|[-*+][ \t]))[^\n]+)$"
    # ... a paragraph of its own, or a line over the post's buttons and counts with no break
    # between them (a clip that keeps none: "❤️ 38", "[Share](#)"), which no sentence runs on to.
    r"(?=\n[ \t]*\n|\n?\Z|\n[ \t]*[^\n.!?…:;,]{1,24}$)",
    re.M,
)
# The same under an embedded video or figure (a shortcode, a Liquid tag, an <iframe>): there the
# caption is set in italics, as a line of its own ("*Scene 4 as the model first imagined it.*");
# a plain paragraph under a video is the essay going on.
MD_EMBED_CAPTION = re.compile(
    r"^(?P<image>[ \t]*(?:\{\{[<%].*?[>%]\}\}|\{%.*?%\}|<(?:iframe|video|figure|img)\b[^\n]*)"
    r"[ \t]*\n(?:[ \t]*\n)?)"
    r"(?P<caption>[ \t]*(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)[ \t]*)$(?=\n[ \t]*\n|\n?\Z)",
    re.M,
)
# A site generator's markup in a Markdown source: HTML comments ("<!--more-->"), Liquid and
# Jinja tags ("{% include newsletter.html %}"), Hugo shortcodes ("{{< youtube id >}}"). The
# page's template, never its text, on a line (or lines) of its own. So is a kramdown attribute
# list on a line of its own ("{: .lead }", "{:#intro}"): it styles the block over it, which stays.
# A static site's paired shortcode and what it wraps ("{% callout %} … {% endcallout %}", "{%
# pullquote %} … {% endpullquote %}"): a note, a box or a repeated quote the theme sets apart,
# never the post's running text ("{% markdown %}" and "{% raw %}" wrap the text itself).
TEMPLATE_BLOCK = re.compile(
    r"^[ \t]*\{%-?\s*(?!raw\b|markdown\b|md\b)(?P<tag>\w+)\b[^%]*%\}[ \t]*\n"
    r".*?^[ \t]*\{%-?\s*end(?P=tag)\s*-?%\}[ \t]*$",
    re.S | re.M,
)
TEMPLATE = re.compile(
    r"^[ \t]*(?:<!--.*?-->|\{%.*?%\}|\{\{.*?\}\}|\{:[^}\n]*\})[ \t]*$", re.S | re.M
)
BULLET = re.compile(r"^[•·▪◦*-]\s+|^[•·▪◦]$")
# A sentence's end, and any emoji a post closes it with ("… the point. 🎬✨").
SENTENCE_END = re.compile(rf"[.!?…][\"'”’)\]*_]*(?:\s*{EMOJI})*$")
# A thread's numbering after a post's last sentence ("… here's why. 🧵 1/5", "… stand up. 5/5
# 🪚"), as posters number the parts of a thread on any network: the sentence ends before it.
THREAD_NUMBER = re.compile(rf"(?:\s*{EMOJI})*\s+\(?\d{{1,2}}/\d{{1,2}}\)?(?:\s*{EMOJI})*\s*$")
SMALL_WORDS = frozenset(
    {"a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "but", "at", "by", "with"}
    | {"from", "as", "is", "vs", "via", "nor", "so", "yet"}
)
# Markdown, for pasted .md without front matter: the markup is not the author's words.
MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*#*$")
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# ... but a picture that links to a site's home page is its logo, its alt text the site's name
# ("[![Post Ledger](…/logo.svg)](https://www.postledger.com/)"), read as a copied page shows a
# logo: "Post Ledger logo".
MD_HOME_LOGO = re.compile(r"\[!\[(?P<text>[^\]]*\w[^\]]*)\]\([^)]*\)\]\((?:https?://[^/\s)]+)?/?\)")
MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\([^)]*\)")
# A line of nothing but four or more links side by side is a bar (a site's menu, its footer's
# links), not a sentence: read as a copied page shows a menu bar, its items between dots.
MD_LINK_BAR = re.compile(r"^(?:\[[^\]]+\]\([^)]*\)\s*){4,}$")
MD_EMPHASIS = re.compile(r"(\*\*|__)(?P<text>.+?)\1|(?<!\w)([*_])(?P<text2>\S(?:.*?\S)?)\3(?!\w)")
RULE = re.compile(r"^(?:-{2,}|\*{3,}|_{3,}|={3,}|(?:\* ){2,}\*)$")
