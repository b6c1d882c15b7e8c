"""The special tokens and the prompt format of each drafting task: one definition shared by the tokenizer, the
SFT data builder and the patentdesk.json the engine reads."""

EOS = "<|endoftext|>"
RESPONSE = "<|response|>"

# task id -> (task token, what the input is, label shown in the app, max new tokens)
TASKS = {
    "claims_to_abstract": ("<|claims_to_abstract|>", "claims", "Claims → abstract", 200),
    "claims_to_title": ("<|claims_to_title|>", "claims", "Claims → title", 24),
    "independent_to_dependent": ("<|independent_to_dependent|>", "independent claim", "Independent → dependent claims", 300),
    "claim_to_description": ("<|claim_to_description|>", "claim", "Claim → description paragraph", 250),
    "abstract_to_claim": ("<|abstract_to_claim|>", "abstract", "Abstract → claim 1", 250),
}
INSTRUCT = "<|instruct|>"

# What sampling settings cannot say, written into patentdesk.json for the engine (per-task stopStrings and bannedWords,
# the model-wide articleAgreement; local-inference WordRules) and applied by the pipeline's own decoding (word_rules.py).
# An abstract, a title, a description paragraph and claim 1 are one paragraph each (no SFT answer has a line break):
# the copy bonus otherwise carries an abstract on into "7. An electronic key system ...". An abstract avoids claim
# language (MPEP 608.01(b): "said"), and a claim reference ("according to claim 1") copied into it means nothing there.
TASK_STOPS = {task: ["\n"] for task in ("claims_to_abstract", "claims_to_title", "claim_to_description", "abstract_to_claim")}
TASK_BANNED_WORDS = {"claims_to_abstract": ["claim", "claims", "said"]}
# Strings a task's answer never begins with: a description paragraph copied its paragraph label from the training text
# ("[0009] The present invention ..."; half the app's drafts), which the editor numbers itself.
TASK_BANNED_OPENINGS = {"claim_to_description": ["["]}
# Tasks the folder's word list (word_rules.KnownWords) leaves alone: a rewrite hands the user's words back, and forcing
# a word it slips on into another real word took it further from the text (stage 7: ROUGE-L 0.849 -> 0.825).
TASK_ANY_WORDS = ("instruct",)
# "a" before a word starting with a, e, i, o and "an" before a consonant are not written (word_rules.py; the model
# writes "A" before it knows the noun).
ARTICLE_AGREEMENT = True

SPECIAL_TOKENS = [EOS, RESPONSE] + [t[0] for t in TASKS.values()] + [INSTRUCT]


# Every prompt ends with its task token again, then <|response|>: after a long input a small model no longer
# "sees" a task token a thousand tokens back, and the first model version answered every task the same way.
TAIL_TOKENS = 2


def fit_prompt(ids, room):
    """A tokenized task prompt cut to at most `room` tokens as SFT cut it and the app's drafting tasks cut it: the end
    of the input goes, the task token and <|response|> that close the prompt stay. A prompt that fits is unchanged."""
    if len(ids) <= room:
        return list(ids)
    return list(ids[:room - TAIL_TOKENS]) + list(ids[-TAIL_TOKENS:])


def task_prompt(task, text):
    return TASKS[task][0] + text.strip() + TASKS[task][0] + RESPONSE


def template_only(task):
    """A task's prompt without the user's text: what the engine's context contrast runs beside the real prompt."""
    token = INSTRUCT if task == "instruct" else TASKS[task][0]
    return token + token + RESPONSE


def instruct_prompt(instruction, text):
    """Generic rewrite/explain: the {input} of the template is the instruction, a blank line, then the text."""
    return INSTRUCT + instruction.strip() + "\n\n" + text.strip() + INSTRUCT + RESPONSE


def patentdesk_json(display_name, context_length, lexicon=None):
    """What ONNX model formats lack: display name, context, stop strings, word rules and one prompt template per task.
    Each template holds exactly one {input}; the engine cuts the end of a drafting task's input when the prompt is too
    long (fit_prompt), as SFT did. lexicon: the file name of the folder's word list (word_rules.KnownWords), if any."""
    tasks = {task: token + "{input}" + token + RESPONSE for task, (token, _, _, _) in TASKS.items()}
    tasks["instruct"] = INSTRUCT + "{input}" + INSTRUCT + RESPONSE
    info = {task: {"label": label, "input": what, "maxNewTokens": max_new}
            for task, (_, what, label, max_new) in TASKS.items()}
    for task, stops in TASK_STOPS.items():
        info[task]["stopStrings"] = stops
    for task, words in TASK_BANNED_WORDS.items():
        info[task]["bannedWords"] = words
    for task, openings in TASK_BANNED_OPENINGS.items():
        info[task]["bannedOpenings"] = openings
    info["instruct"] = {"label": "Rewrite / explain", "input": "an instruction, a blank line, then the text",
                        "maxNewTokens": 250}
    if lexicon:
        for task in TASK_ANY_WORDS:
            info[task]["lexicon"] = False
    return {
        "schemaVersion": 1,
        "displayName": display_name,
        "contextLength": context_length,
        "stopStrings": [EOS],
        "articleAgreement": ARTICLE_AGREEMENT,
        **({"lexicon": lexicon} if lexicon else {}),
        "tasks": tasks,
        "taskInfo": info,
        "sampling": {"temperature": 0.7, "topP": 0.9, "topK": 40, "repetitionPenalty": 1.1, "noRepeatNgram": 4},
    }
