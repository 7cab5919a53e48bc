/** Words that negate what follows them in their clause. A word ending in `n't` does too. */
export const negators: readonly string[] = [
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'nothing',
  'nobody',
  'nowhere',
  'without',
  'cannot',
  'lack',
  'lack of',
  'absence of',
  'fail to',
  'far from',
  'no longer',
  'rather than',
  'instead of',
  'free of claims',
]

/** Phrases that start with a negator and negate nothing ("not only ... but"). */
export const nonNegating: readonly string[] = ['not only', 'not just', 'no doubt', 'no wonder', 'nothing but', 'not least', 'never before', 'without a doubt', 'without doubt', 'no matter']

/**
 * Words that deny what a clause's subject would otherwise assert, when they are its
 * predicate: "being FDA-registered does not mean approval", "the claim is false".
 * With a negator in front (`does not mean`) or by themselves (`is misleading`).
 */
export const evaluativeVerbs: readonly string[] = ['be', 'mean', 'equal', 'imply', 'guarantee', 'prove', 'indicate', 'signify', 'show', 'make', 'amount to', 'tell', 'suggest', 'replace']

/** Adjectives that deny a claim they are said of, or mark a claim as reported ("false claims"). */
export const denyingAdjectives: readonly string[] = [
  'unproven',
  'unsubstantiated',
  'unsupported',
  'untested',
  'unverified',
  'unfounded',
  'unscientific',
  'false',
  'misleading',
  'deceptive',
  'bogus',
  'dubious',
  'questionable',
  'baseless',
  'exaggerated',
  'fraudulent',
  'fake',
  'empty',
  'overblown',
  'illegal',
  'unlawful',
  'unrealistic',
  'too good to be true',
]
