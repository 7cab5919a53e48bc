// Hand-made minimal pairs: the same overclaim asserted, then negated, attributed, hedged or
// limited. The asserted form is reported (as a claim at its grade and as narrative); each
// other form passes both ways.
import { describe, expect, test } from 'vitest'
import { asClaim, asNarrative } from './helpers.js'

interface Pair {
  rule: string
  asserted: string
  sound: string[]
  evidence?: string
}

const pairs: Pair[] = [
  {
    rule: 'overclaim-wording',
    asserted: 'Exosomes cure arthritis.',
    sound: ['Exosomes do not cure arthritis.', 'Clinics claim that exosomes cure arthritis.', 'No study has shown that exosomes cure arthritis.', 'Can exosomes cure arthritis?', 'In mice, exosomes cured arthritis.'],
  },
  {
    // A scientific frame the page endorses is a hedge, not someone else's claim; a limitation
    // in a later clause does not place a promised cure in research.
    rule: 'overclaim-wording',
    asserted: 'Researchers think exosomes cure arthritis, but this is still being studied.',
    sound: [
      'Researchers think exosomes may help calm inflammation, but this is still being studied.',
      'Clinics say exosomes cure arthritis, but this is still being studied.',
      'In early research, exosomes eased arthritis in mice.',
    ],
  },
  {
    rule: 'overclaim-wording',
    asserted: 'Exosomes may help reverse aging.',
    sound: ['Exosomes do not reverse aging.', 'Some spas say exosomes reverse aging.', 'In animal studies, exosomes reversed some signs of aging.'],
  },
  {
    rule: 'overclaim-wording',
    asserted: 'Our clinically proven exosome facial is a miracle for skin.',
    sound: ['Exosome facials are not clinically proven.', 'Beware of ads that call exosome facials "clinically proven" or a "miracle".'],
  },
  {
    rule: 'overclaim-wording',
    asserted: 'The treatment is risk-free, with no side effects.',
    sound: ['No treatment is risk-free.', 'No study has shown that exosome treatments are risk-free.', 'Clinics advertise the treatment as risk-free.'],
  },
  {
    rule: 'regulatory-misdirection',
    asserted: 'Our exosomes are made in an FDA-registered, cGMP-certified lab.',
    sound: [
      'A clinic saying its product is "registered with FDA" does not mean the FDA reviewed or approved it.',
      'Being FDA-registered does not mean a product is approved.',
      'No exosome product is FDA-approved.',
    ],
    evidence: 'regulatory-fact',
  },
  {
    rule: 'numeric-promise',
    asserted: 'Exosomes may regrow hair in as little as two months.',
    sound: ['Clinics promise hair in as little as two months.', 'No study has shown hair regrowth in as little as two months.'],
  },
  {
    rule: 'testimonial',
    asserted: 'Thousands of patients have already seen dramatic results.',
    sound: ['Clinics boast that thousands of patients have seen results.', 'A review found 9 small studies, with 125 patients in all.'],
  },
  {
    // A frame joined to people is not a frame of animal research; "including but not limited
    // to" states no limitation.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes reduced arthritis in mice and humans, including but not limited to knee arthritis.',
    sound: ['Exosomes reduced arthritis in mice.', 'Exosomes reduced arthritis in mice; whether they do in humans is not yet known.'],
    evidence: 'preclinical',
  },
  {
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes repair damaged cartilage.',
    sound: [
      'Exosomes may repair damaged cartilage.',
      'In animal studies, exosomes repaired damaged cartilage.',
      'Exosomes are being studied as a way to repair cartilage.',
      'Exosomes do not repair cartilage.',
      'Clinics claim that exosomes repair cartilage.',
      'Whether exosomes repair cartilage in people is not yet known.',
    ],
    evidence: 'preclinical',
  },
  {
    // Hype as a family: any intensifier with any noun of promise, with words between.
    rule: 'overclaim-wording',
    asserted: 'Exosome therapy has shown an enormous amount of potential for hair restoration.',
    sound: ['Exosome therapy is being studied for hair restoration.', 'Ads promise an enormous amount of potential for hair restoration.'],
    evidence: 'early-clinical',
  },
  {
    // A qualifier between "no" and "side effects" keeps the promise.
    rule: 'overclaim-wording',
    asserted: 'The injections have no serious side effects.',
    sound: ['No study has shown that the injections have no serious side effects.', 'Clinics claim the injections have no serious side effects.'],
    evidence: 'early-clinical',
  },
  {
    // A lack limits the evidence only when it is a lack of evidence; a concession's own
    // limitation does not hedge the statement it concedes to.
    rule: 'hedge-to-evidence',
    asserted: 'Because exosomes lack a nucleus, they repair damaged cartilage.',
    sound: ['Exosomes lack a nucleus.', 'Studies of cartilage repair with exosomes lack long-term data.'],
    evidence: 'preclinical',
  },
  {
    rule: 'hedge-to-evidence',
    asserted: 'Though the evidence is limited, exosomes repair damaged cartilage.',
    sound: ['Though exosomes may repair damaged cartilage, the evidence is limited.'],
    evidence: 'preclinical',
  },
  {
    // A hedge opening an afterthought after a comma does not hedge what came before it.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes repair damaged cartilage, potentially reducing pain for years.',
    sound: ['Exosomes may repair damaged cartilage, reducing pain for years.'],
    evidence: 'preclinical',
  },
  {
    // "Tell the cells to repair" gives an order; nobody's claim is reported.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes tell the cells to repair damaged cartilage.',
    sound: ['Clinics tell patients that exosomes may help the cells repair cartilage.'],
    evidence: 'preclinical',
  },
  {
    // A verb of causing asserts a benefit with a benefit as its object, and only then.
    rule: 'hedge-to-evidence',
    asserted: 'The injections trigger new collagen and foster tissue repair.',
    sound: ['The injections may trigger new collagen and foster tissue repair.', 'The injections can trigger inflammation.', 'In animal studies, the injections triggered new collagen.'],
    evidence: 'preclinical',
  },
  {
    // Replacing what was damaged is a repair promised.
    rule: 'hedge-to-evidence',
    asserted: 'Stem cells replace damaged tissue in the knee.',
    sound: ['Clinics claim that stem cells replace damaged tissue in the knee.', 'Stem cells do not replace damaged tissue in the knee.'],
    evidence: 'preclinical',
  },
  {
    // Raising a process of the cell describes a mechanism; raising a harm promises nothing.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes activate collagen production and promote healing.',
    sound: ['Exosomes carry proteins between cells, activating signaling pathways and facilitating intercellular communication.', 'Some vesicles promote inflammation.'],
    evidence: 'preclinical',
  },
  {
    // A definition by use names what a therapy is for.
    rule: 'hedge-to-evidence',
    asserted: 'Stem-cell therapy treats or prevents a disease.',
    sound: ['Stem-cell therapy is the use of stem cells to treat or prevent a disease.'],
    evidence: 'preclinical',
  },
  {
    // The weight of evidence claimed for a treatment, and risk waved away, as families.
    rule: 'overclaim-wording',
    asserted: 'A wide body of evidence shows the injections carry very little risk.',
    sound: ['There is no conclusive evidence that the injections are safe.', 'Clinics claim the injections carry very little risk.'],
    evidence: 'early-clinical',
  },
  {
    // The possessive "FDA's" is read; a price is not a numeric promise.
    rule: 'regulatory-misdirection',
    asserted: 'Exosome facials are simply outside the FDA’s approval scope.',
    sound: ['Exosome products used to treat disease need FDA approval.'],
    evidence: 'regulatory-fact',
  },
  {
    // Relief and good results as what the reader obtains; a function given back.
    rule: 'hedge-to-evidence',
    asserted: 'Get relief from knee pain with exosome injections.',
    sound: ['Exosome injections may help some people find relief from knee pain.', 'Clinics promise that patients get relief from knee pain.', 'Patients do not get lasting relief from exosome injections.'],
    evidence: 'preclinical',
  },
  {
    rule: 'hedge-to-evidence',
    asserted: 'Patients are getting their mobility back without surgery.',
    sound: ['Patients do not get their mobility back from these injections.', 'Clinics claim that patients regain mobility after the injections.', 'In animal studies, treated rats regained mobility.'],
    evidence: 'preclinical',
  },
  {
    // Lengthening a good phase is a benefit; lengthening a harm is none.
    rule: 'hedge-to-evidence',
    asserted: 'PRP prolongs the growth phase of hair follicles.',
    sound: ['PRP may prolong the growth phase of hair follicles.', 'Some injections prolong inflammation.'],
    evidence: 'preclinical',
  },
  {
    rule: 'hedge-to-evidence',
    asserted: 'Exosome therapy saves lives.',
    sound: ['Clinics claim that exosome therapy saves lives.'],
    evidence: 'early-clinical',
  },
  {
    // A condition gone as an adjective of the patient, and an undoing as a noun, are cure claims.
    rule: 'overclaim-wording',
    asserted: 'After the infusions, patients with epilepsy are seizure-free.',
    sound: ['No study has shown that patients with epilepsy become seizure-free after the infusions.', 'Clinics claim that patients become seizure-free.'],
    evidence: 'early-clinical',
  },
  {
    rule: 'overclaim-wording',
    asserted: 'The infusions lead to a rapid and complete reversal of arthritis.',
    sound: ['The infusions do not lead to a reversal of arthritis.', 'Clinics promise a rapid reversal of arthritis.'],
    evidence: 'early-clinical',
  },
  {
    // Evidence said to grow is evidence said to weigh.
    rule: 'overclaim-wording',
    asserted: 'There is growing evidence that exosome facials repair skin.',
    sound: ['There is little evidence that exosome facials repair skin.', 'Clinics claim there is growing evidence that exosome facials repair skin.'],
    evidence: 'early-clinical',
  },
  {
    // Hype: a promise said to be kept, a field said to be remade, potential inflated whatever noun qualifies it.
    rule: 'overclaim-wording',
    asserted: 'Exosomes are finally delivering on their promise.',
    sound: ['Exosomes have not yet delivered on their promise.'],
    evidence: 'early-clinical',
  },
  {
    rule: 'overclaim-wording',
    asserted: 'Exosomes may soon change the landscape of medicine.',
    sound: ['Some companies say exosomes will change the landscape of medicine.'],
    evidence: 'early-clinical',
  },
  {
    rule: 'overclaim-wording',
    asserted: 'Vesicles from stem cells show significant translational potential for wound repair.',
    sound: ['Vesicles from stem cells are being studied for wound repair.', 'Clinics advertise significant translational potential for wound repair.', 'The lab has considerable manufacturing capacity for exosome therapy.'],
    evidence: 'early-clinical',
  },
  {
    // The harms of a cell product promised away.
    rule: 'overclaim-wording',
    asserted: 'Exosomes have no tumorigenicity.',
    sound: ['No study has shown that exosomes have no tumorigenicity.', 'In mice, the vesicles showed no toxicity.'],
    evidence: 'early-clinical',
  },
  {
    // Regulation waved away as a burden the product escapes; approval said to be partial.
    rule: 'regulatory-misdirection',
    asserted: 'Exosomes work without the regulatory hurdles of stem cells.',
    sound: ['Exosome products face the same regulatory hurdles as stem cells.'],
    evidence: 'regulatory-fact',
  },
  {
    rule: 'regulatory-misdirection',
    asserted: 'The FDA has not fully approved exosome therapy.',
    sound: ['The FDA has not approved any exosome product.', 'Exosome products are not yet approved in some countries.'],
    evidence: 'regulatory-fact',
  },
  {
    // A verb of causing with the benefit as a noun and its object after it.
    rule: 'hedge-to-evidence',
    asserted: 'The serum supports the body’s natural production of collagen.',
    sound: ['The serum may support the production of collagen.', 'Clinics claim the serum supports the natural production of collagen.'],
    evidence: 'preclinical',
  },
  {
    // A disease recovered from.
    rule: 'hedge-to-evidence',
    asserted: 'After the transplants, the girl has completely recovered from cancer.',
    sound: ['Patients may recover from a stroke with rehabilitation.', 'Most patients recover from the procedure within a day.', 'No study has shown that patients recover from cancer with exosomes.'],
    evidence: 'early-clinical',
  },
  {
    // "The last few years" is a span of time, not a negation; "few studies" is one.
    rule: 'hedge-to-evidence',
    asserted: 'Exosome therapy has become popular in the last few years because it repairs damaged tendons.',
    sound: ['Few studies have shown that exosome therapy repairs damaged tendons.'],
    evidence: 'preclinical',
  },
  {
    // A benefit noun after a preposition names a use or a field; after a word that gives it, it is asserted.
    rule: 'hedge-to-evidence',
    asserted: 'Exosome therapy results in faster hair restoration.',
    sound: [
      'A session of exosome therapy for hair restoration takes about an hour.',
      'Several reviews cover exosome research in wound healing.',
      'Exosome therapy is offered in spas for wound healing, pain relief and hair restoration.',
      'Exosome hair restoration takes about an hour.',
    ],
    evidence: 'preclinical',
  },
  {
    // A raising participle before a noun of attention or count says the field grows.
    rule: 'hedge-to-evidence',
    asserted: 'Exosome therapy increases the number of hair follicles.',
    sound: ['An increasing number of studies look at exosome therapy for hair loss.', 'There is growing and increasing interest in exosome therapy.'],
    evidence: 'preclinical',
  },
  {
    // A sentence that denies approval, or sets a status apart from it, states the status.
    rule: 'regulatory-misdirection',
    asserted: 'Our exosomes are made in an FDA-registered lab.',
    sound: [
      'Some labs are FDA-registered, but registration is not the same as FDA approval.',
      'The devices used to make PRP are FDA-cleared, which is different from PRP itself being approved.',
      'While exosome products are not FDA-approved, some labs that make them are FDA-registered.',
    ],
    evidence: 'regulatory-fact',
  },
  {
    // A relative clause after a comma says more of the hedged statement before it, under its hedge.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes carry growth factors, which can help relieve joint pain.',
    sound: ['Exosomes are thought to carry growth factors, which can help relieve joint pain.', 'Exosomes may carry growth factors, which can help relieve joint pain.'],
    evidence: 'preclinical',
  },
  {
    // A verb that lowers a process of healing or growth tells of a loss, unless a harm grows.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes reduce tumor growth and slow hair loss.',
    sound: [
      'Sun damage and slowed tissue repair cause wrinkles.',
      'In the resting phase, hair growth stops.',
      'Smoking can delay wound healing.',
      'Thin hair is often due to reduced blood flow to the scalp.',
    ],
    evidence: 'preclinical',
  },
  {
    // An adverb of lasting in a sentence whose benefits are all reported promises nothing.
    rule: 'numeric-promise',
    asserted: 'Exosome therapy permanently restores hair.',
    sound: ['The court ordered the clinic to permanently stop advertising stem cell treatments as a cure for arthritis.'],
    evidence: 'early-clinical',
  },
  {
    // Oversight said to be absent, in other words than "not regulated as a drug".
    rule: 'regulatory-misdirection',
    asserted: 'Platelet injections do not require oversight and are not regulated by the FDA.',
    sound: ['Clinics falsely claim that platelet injections are not regulated by the FDA.', 'Platelet injections used to treat disease are regulated by the FDA.'],
    evidence: 'regulatory-fact',
  },
  {
    // Quality systems as a selling point.
    rule: 'regulatory-misdirection',
    asserted: 'Our stem cell lab adheres to Good Manufacturing Practice.',
    sound: ['Manufacturing standards do not show that a stem cell product works.'],
    evidence: 'regulatory-fact',
  },
  {
    // Safety promised to the reader or waved away, for any treatment.
    rule: 'overclaim-wording',
    asserted: 'With PRP you will not experience any adverse side effects.',
    sound: ['Some clinics say you will not experience any side effects with PRP.', 'PRP can cause pain, bruising and infection at the injection site.'],
    evidence: 'early-clinical',
  },
  {
    rule: 'overclaim-wording',
    asserted: 'Since it uses your own blood, the risk of rejection with PRP is very low.',
    sound: ['No study has shown that the risk of rejection with PRP is very low.'],
    evidence: 'early-clinical',
  },
  {
    rule: 'overclaim-wording',
    asserted: 'Prolotherapy injections are considered safe.',
    sound: ['Prolotherapy injections are not considered safe for everyone.'],
    evidence: 'early-clinical',
  },
  {
    // Praise of results and rank, for any treatment.
    rule: 'overclaim-wording',
    asserted: 'Doctors using prolotherapy have had great success with knee pain.',
    sound: ['Doctors using prolotherapy have reported mixed results with knee pain.'],
    evidence: 'early-clinical',
  },
  {
    rule: 'overclaim-wording',
    asserted: 'NAD+ drips represent a new paradigm in healthy aging.',
    sound: ['NAD+ drips are being studied in small trials.'],
    evidence: 'early-clinical',
  },
  {
    // Any treatment noun is a subject that promises: "prolotherapy", "mesotherapy" end in "therapy".
    rule: 'hedge-to-evidence',
    asserted: 'Prolotherapy offers lasting relief from knee pain.',
    sound: ['Prolotherapy may offer relief from knee pain in some people.', 'Clinics say prolotherapy offers lasting relief from knee pain.'],
    evidence: 'early-clinical',
  },
  {
    rule: 'hedge-to-evidence',
    asserted: 'Vampire facials provide lasting relief from acne scars.',
    sound: ['Vampire facials may provide some relief from acne scars.'],
    evidence: 'early-clinical',
  },
  {
    // A consent form's first person acknowledges terms; a first-person story is a testimonial.
    rule: 'testimonial',
    asserted: 'I saw great results after my PRP sessions.',
    sound: ['I understand that results of PRP will vary between individuals.', 'I am aware that the results of these treatments are not permanent.'],
    evidence: 'early-clinical',
  },
  {
    // Evidence counted as scarce is a limitation; what others take a treatment to do is reported.
    rule: 'hedge-to-evidence',
    asserted: 'PRP injections improve erectile function.',
    sound: [
      'There are very few studies evaluating the efficacy of PRP injections for erectile function.',
      'PRP injections are perceived to improve erectile function.',
      'Evidence that PRP injections improve erectile function remains elusive.',
    ],
    evidence: 'early-clinical',
  },
  {
    rule: 'overclaim-wording',
    asserted: 'Stem cell injections are less risky than surgery.',
    sound: ['It is not known whether stem cell injections are less risky than surgery.'],
    evidence: 'early-clinical',
  },
  {
    // "Promising" after a linking verb or a determiner is an adjective, not a reporting verb:
    // what follows it is asserted; "are promising that" still reports.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes are promising, and they repair damaged skin.',
    sound: ['Clinics are promising that exosomes repair damaged skin.', 'Exosomes are promising, and they may help repair damaged skin.'],
  },
  {
    // A preposition that names a source reports whatever its clause holds, after a product noun too.
    rule: 'overclaim-wording',
    asserted: 'These are exosomes, and they cure arthritis.',
    sound: ['These are exosomes, and according to some, they cure arthritis.'],
  },
  {
    // A naming aside (", often referred to as X,") reports only the name it gives.
    rule: 'overclaim-wording',
    asserted: 'Exosome therapy, often referred to as cell-free therapy, is a groundbreaking advance.',
    sound: ['Exosome therapy is often referred to as a groundbreaking advance.', 'Clinics have dubbed exosome therapy a groundbreaking advance.'],
  },
  {
    // A harm said never to have been seen promises safety; a harm reported as seen does not.
    rule: 'overclaim-wording',
    asserted: 'There is no known occurrence of exosomes causing tumors.',
    sound: ['It is not known whether exosomes can cause tumors.', 'Clinics claim there is no known occurrence of exosomes causing tumors.'],
  },
  {
    // A research frame does not soften an inflated outcome.
    rule: 'overclaim-wording',
    asserted: 'Research suggests exosomes bring very significant benefits for skin.',
    sound: ['Research suggests exosomes may bring some benefits for skin.', 'Clinics advertise very significant benefits for skin.'],
  },
  {
    // A benefit taken for granted as what a treatment is studied or known for.
    rule: 'overclaim-wording',
    asserted: 'Exosomes have been researched for their positive effects against arthritis.',
    sound: ['Exosomes have been researched for their possible effects on arthritis.', 'Exosomes are not known for any positive effects against arthritis.'],
  },
  {
    rule: 'numeric-promise',
    asserted: 'After only a couple of sessions, exosomes restore hair.',
    sound: ['No study has shown that exosomes restore hair after only a couple of sessions.'],
  },
  {
    // "A way of relieving pain" asserts the relief; "the goal of relieving pain" names it.
    rule: 'hedge-to-evidence',
    asserted: 'Exosome therapy is one way of relieving knee pain.',
    sound: ['The goal of relieving knee pain is shared by many treatments.', 'Exosome therapy may be one way of relieving knee pain.'],
  },
  {
    // A part of the body left better by the treatment asserts the improvement.
    rule: 'hedge-to-evidence',
    asserted: 'Exosome facials leave your skin smoother and firmer.',
    sound: ['Exosome facials may leave your skin smoother and firmer.', 'The clinic makes you sign a consent form before a facial.'],
  },
  {
    // Hair made to grow is a benefit; growth of anything else is not one.
    rule: 'hedge-to-evidence',
    asserted: 'Exosomes help new hair grow.',
    sound: ['Exosomes might help new hair grow.', 'Tumors can grow after stem cell injections.'],
  },
  {
    // The immune system promised to stay quiet is a promise of safety.
    rule: 'overclaim-wording',
    asserted: 'Exosomes enter cells without triggering an immune response.',
    sound: ['It is not known whether exosomes enter cells without triggering an immune response.', 'Exosomes can trigger an immune response.'],
  },
  {
    // What a licence requires to be shown is a condition, not a statement that it was shown.
    rule: 'overclaim-wording',
    asserted: 'This exosome product is safe, pure and potent.',
    sound: ['A license is issued only after showing that the product is safe, pure and potent.'],
    evidence: 'regulatory-fact',
  },
  {
    // A share of the literature counts studies; a share of patients is an outcome promised.
    rule: 'numeric-promise',
    asserted: 'Exosomes regrow hair in 62% of patients.',
    sound: ['Only 62% of studies of exosomes for hair loss described how the exosomes were produced.'],
  },
]

describe.each(pairs)('$rule: $asserted', ({ rule, asserted, sound, evidence }) => {
  test('asserted: reported as a claim and as narrative', () => {
    expect(asClaim(asserted, evidence)).toContain(rule)
    expect(asNarrative(asserted)).toContain(rule)
  })
  test.each(sound)('passes: %s', (text) => {
    expect(asClaim(text, evidence)).toEqual([])
    expect(asNarrative(text)).toEqual([])
  })
})

describe('grades', () => {
  test('an established claim may state a benefit; a preclinical one may not; narrative gets a warning', () => {
    expect(asClaim('Bone marrow transplants restore blood cell production.', 'established', 'mechanism')).toEqual([])
    expect(asClaim('Exosomes restore blood cell production.', 'preclinical')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Exosomes restore blood cell production.')).toEqual(['hedge-to-evidence'])
  })
  test('a price or a duration with no benefit in its sentence promises nothing', () => {
    expect(asNarrative('A single session of exosome therapy costs $3,000 to $10,000.')).toEqual([])
    expect(asNarrative('The resting phase of a hair follicle lasts up to three months.')).toEqual([])
    expect(asNarrative('Exosome therapy regrows hair in as little as two months.')).toContain('numeric-promise')
  })
  test('products that claim to cure are reported; unapproved products for the cure of a disease are not promised', () => {
    expect(asNarrative('The FDA warns about products that claim to cure arthritis.')).toEqual([])
    expect(asNarrative('We ask you to stop selling unapproved products for the cure of arthritis.')).toEqual([])
  })
  test('a clinical claim states a benefit plainly only for who was studied', () => {
    expect(asClaim('Platelet-rich plasma stimulates hair growth.', 'clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim('Platelet-rich plasma stimulates hair growth in people with androgenetic alopecia.', 'clinical')).toEqual([])
    expect(asClaim('In some cases, platelet-rich plasma slows hair loss.', 'clinical')).toEqual([])
    expect(asClaim('Platelet-rich plasma may slow hair loss.', 'clinical')).toEqual([])
    expect(asClaim('Clinical trials show that platelet-rich plasma increases hair density.', 'clinical')).toEqual([])
    expect(asClaim('Platelet-rich plasma increases hair density in androgenetic alopecia.', 'clinical')).toEqual([])
  })
  test('a benefit noun after a preposition is asserted when a word before it gives it', () => {
    expect(asNarrative('Exosome therapy is ideal for hair restoration.')).toContain('hedge-to-evidence')
    expect(asNarrative('With exosome therapy, the process of skin rejuvenation occurs more rapidly.')).toContain('hedge-to-evidence')
    expect(asNarrative('Exosome therapy offers hair restoration without surgery.')).toContain('hedge-to-evidence')
    expect(asNarrative('Exosome therapy brings relief for joint pain.')).toContain('hedge-to-evidence')
    expect(asNarrative('Exosome therapy puts lupus into remission.')).toContain('hedge-to-evidence')
  })
  test('a denial of approval excuses a status word, not a selling point or a misstatement', () => {
    expect(asNarrative('Our exosomes come from an FDA-registered lab, so no FDA approval is needed.')).toContain('regulatory-misdirection')
    expect(asNarrative('Our exosomes are made in an FDA-registered lab, and they are not required to have FDA approval.')).toContain('regulatory-misdirection')
    expect(asNarrative('Exosomes are not FDA-approved because they are outside the FDA’s scope.')).toContain('regulatory-misdirection')
    expect(asNarrative('Our exosomes are not FDA-approved, but our cGMP lab guarantees their quality.')).toContain('regulatory-misdirection')
  })
  test('a hedge carried into a relative clause does not soften a cure, nor reach past a full stop', () => {
    expect(asNarrative('Exosomes may carry growth factors, which cure arthritis.')).toContain('overclaim-wording')
    expect(asNarrative('Exosomes may carry growth factors. Growth factors relieve joint pain, which restores mobility.')).toContain('hedge-to-evidence')
  })
  test('a lowered harm is still a benefit', () => {
    expect(asNarrative('Hair loss stops after exosome therapy.')).toContain('hedge-to-evidence')
    expect(asNarrative('Exosome therapy leads to reduced inflammation in the scalp.')).toContain('hedge-to-evidence')
  })
  test('a sentence that asserts no benefit needs no hedge', () => {
    expect(asClaim('Evidence for hair growth is exploratory.', 'early-clinical')).toEqual([])
    expect(asClaim('Exosomes are small vesicles that cells release.', 'preclinical', 'definition')).toEqual([])
  })
  test('what the treatment does not do, then a contrast, bounds what it does', () => {
    const bounded = 'PRP does not regrow hair on bald areas, but it can strengthen weakened follicles.'
    expect(asClaim(bounded, 'clinical')).toEqual([])
    expect(asNarrative(bounded)).toEqual([])
    expect(asClaim('PRP can strengthen weakened follicles.', 'clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim(bounded, 'preclinical')).toEqual(['hedge-to-evidence'])
    // A denied state or promise before the contrast bounds nothing.
    expect(asNarrative('PRP has not been standardized, but it strengthens weakened follicles.')).toContain('hedge-to-evidence')
    // "Not only ... but" denies nothing.
    expect(asNarrative('PRP not only thickens hair but also strengthens weakened follicles.')).toContain('hedge-to-evidence')
  })
  // Families read from real sentences of other pages: each case is the rule it gives, or none.
  const families: Array<[string, string, string | undefined]> = [
    ['research that shows a benefit noun settles it', 'Several studies have shown new cartilage growth.', 'overclaim-wording'],
    ['research that shows a benefit noun settles it', 'Studies show improvement in knee pain.', 'overclaim-wording'],
    ['research that shows a fact settles nothing', 'Several studies have shown that exosomes are released by all cells.', undefined],
    ['research that shows no benefit settles nothing', 'Studies show no improvement in knee pain.', undefined],
    ['research that shows a harm growing settles nothing', 'Studies show tumor growth in some mice.', undefined],
    ['a field that grows is no benefit', 'The use of exosome products has increased in recent years.', undefined],
    ['a field that grows is no benefit', 'There has been a significant increase in the practice of regenerative medicine.', undefined],
    ['a count of research that grows is no benefit', 'The number of studies on exosomes has increased rapidly.', undefined],
    ['a count of what is treated is a benefit', 'The number of hair follicles increased after treatment.', 'hedge-to-evidence'],
    ['a condition hard to treat is not treated', 'Hair loss is difficult to treat.', undefined],
    ['a treatment helping to treat is a benefit', 'PRP helps treat hair loss.', 'hedge-to-evidence'],
    ['a disease held back is a benefit', 'Stem cells delay the progression of arthritis.', 'hedge-to-evidence'],
    ['no treatment holding a disease back is no benefit', 'There is no treatment to halt the progression of these diseases.', undefined],
    ['a condition done away with is a benefit', 'Exosome injections get rid of disc bulges.', 'hedge-to-evidence'],
    ['a treatment as the solution is hype', 'Exosomes are the perfect solution for thinning hair.', 'overclaim-wording'],
    ['a liquid is no solution', 'The serum is applied as drops or solutions to the skin.', undefined],
    ['a cure called premature is denied', 'Calling it a cure would be premature.', undefined],
    ['a concept is a hedge', 'The concept is that exosomes improve healing.', undefined],
    ['a side effect passing is no benefit', 'These side effects typically resolve within a few days.', undefined],
    ['a symptom passing is a benefit', 'Knee pain typically resolves after the injections.', 'hedge-to-evidence'],
    ['a side effect felt is no result', 'Most patients experience only mild discomfort.', undefined],
    ['results felt by most patients are a testimonial', 'Most patients experience great results.', 'testimonial'],
    ['a high chance of healing is certainty', 'The chance of healing is high.', 'overclaim-wording'],
    ['a low chance of healing is no certainty', 'The chance of healing is low.', undefined],
    ['a patient story in the third person is a testimonial', 'After the injections, she is able to walk better.', 'testimonial'],
    ['an ability with no outcome is no testimonial', 'She is able to understand the risks of treatment.', undefined],
    ['a plain significant improvement is a finding, not hype', 'The trial found a significant improvement in pain scores.', undefined],
    ['a reported case of harm is no safety claim', 'There are reported cases of infection after exosome injections.', undefined],
    ['a verb of treating said to work well is a benefit', 'These options enable practitioners to effectively address signs of skin aging.', 'hedge-to-evidence'],
    ['treating said to work well, denied, is no benefit', 'No exosome product has been shown to effectively treat hair loss.', undefined],
    ['an adverb of discourse is no benefit', 'This effectively means that no exosome product is approved.', undefined],
    ['inflammation lowered at its signals is a benefit', 'Exosomes downregulate pro-inflammatory cytokines in the knee.', 'hedge-to-evidence'],
    ['growth signals lowered are no benefit', 'Exosomes downregulate growth signals in tumours.', undefined],
    ['healing signals handed over are a benefit', 'They deliver regenerative signals to dormant hair follicles.', 'hedge-to-evidence'],
    ['signals carried are a mechanism', 'Exosomes carry signals between cells.', undefined],
    ['a treatment said to be more than a trend is hype', 'Exosomes are not just another fleeting trend.', 'overclaim-wording'],
    ['a contrast with a plain fact is no hype', 'Exosomes are not just a skincare ingredient; they are found in blood, urine and saliva.', undefined],
    ['a treatment leading the charge is hype', 'Regenerative medicine is leading the charge in non-surgical hair restoration.', 'overclaim-wording'],
    ['a regulator leading the charge is no hype', 'The FDA is leading the charge against unapproved clinics.', undefined],
    ['effectiveness said to hinge on the source is a limitation', 'The effectiveness of exosomes depends heavily on their source.', undefined],
    ['effectiveness said to be remarkable is a benefit', 'The effectiveness of exosomes is remarkable.', 'hedge-to-evidence'],
    ['a search for treatments finds none', 'Hair loss affects millions of people, driving the search for treatments that can restore confidence.', undefined],
    ['millions with results found are a testimonial', 'Millions of people have found natural-looking results with exosomes.', 'testimonial'],
    ['an approval set as a condition is no regulatory claim', 'For exosome therapies to be FDA approved, they must undergo clinical trials.', undefined],
    ['the first to be approved is a regulatory claim', 'Our exosome serum is the first to be FDA approved for hair loss.', 'regulatory-misdirection'],
    ['an approach to a field names it', 'Exosome therapy represents a newer approach to hair restoration.', undefined],
    ['the key to a benefit asserts it', 'Exosomes are the key to hair restoration.', 'hedge-to-evidence'],
    ['effectiveness said to vary is a limitation', 'The effectiveness of PRP hair therapy can vary from person to person.', undefined],
    ['effectiveness said to be high is a benefit', 'The effectiveness of PRP hair therapy is high.', 'hedge-to-evidence'],
    ['proof a duty asks for is not claimed', 'These benefits could matter for exosome therapy, but have to be proven first.', undefined],
    ['proof claimed is certainty', 'These benefits of exosome therapy have been proven in patients.', 'overclaim-wording'],
    ['known to do what is no benefit claims none', 'Exosomes are known to carry proteins between cells.', undefined],
    ['known to do a benefit is certainty', 'Exosomes are known to repair damaged cartilage.', 'overclaim-wording'],
    ['a benefit adjective before a molecule names a kind', 'Exosome cargo includes anti-inflammatory cytokines.', undefined],
    ['a benefit adjective before a property asserts it', 'Exosome therapy has anti-inflammatory properties.', 'hedge-to-evidence'],
    ['a use in a phrase of research is what is studied', 'This is the first trial of an exosome product to treat knee arthritis.', undefined],
    ['a use of a product is asserted', 'This clinic uses an exosome product to treat knee arthritis.', 'hedge-to-evidence'],
    ['people given a treatment received it', 'Forty patients were treated with exosomes for knee pain.', undefined],
    ['a condition treated with a product is a benefit', 'Knee pain is treated with exosomes.', 'hedge-to-evidence'],
    ['a number measured in animals is a finding', 'In mice, exosome therapy restored 90% of lost bone density.', undefined],
    ['a number promised to people is a promise', 'In patients, exosome therapy restores 90% of lost bone density.', 'numeric-promise'],
    ['how cells heal, as what is influenced, is no claim', 'Exosome therapy signals influence how cells grow, heal and regenerate.', undefined],
    ['cells made to heal is a benefit', 'Exosome therapy signals make cells heal and regenerate.', 'hedge-to-evidence'],
    ['effects of healing named as had are a benefit', 'Learn about the regenerative effects of exosome therapy.', 'hedge-to-evidence'],
    ['a treatment suited to many problems is a benefit', 'Exosome therapy is suitable for a wide range of skin concerns.', 'hedge-to-evidence'],
    ['a treatment suited to a skin type is none', 'Exosome therapy is suitable for sensitive skin types.', undefined],
    ['safety and efficacy taken as the reason are certainty', 'Clinics use exosome therapy due to its safety and efficacy.', 'overclaim-wording'],
    ['safety concerns as the reason are none', 'Regulators warn about exosome therapy due to its safety concerns.', undefined],
    ['a field remade in how it thinks is hype', 'Exosome therapy is transforming how we treat aging skin.', 'overclaim-wording'],
  ]
  test.each(families)('%s: %s', (_, text, rule) => {
    const found = asNarrative(text)
    if (rule === undefined) expect(found).toEqual([])
    else expect(found).toContain(rule)
  })
})
