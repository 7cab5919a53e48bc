// Hand-made Spanish minimal pairs: the same overclaim asserted, then negated, attributed,
// hedged or limited. The asserted form is reported (as a claim at its grade and as
// narrative); each other form passes both ways. Conjugations, clitics, gender and number,
// and text written without accents are read as the same words.
import { describe, expect, test } from 'vitest'
import { asClaim, asNarrative } from './es-helpers.js'

interface Pair {
  rule: string
  asserted: string[]
  sound: string[]
  evidence?: string
}

const pairs: Pair[] = [
  {
    rule: 'overclaim-wording',
    asserted: ['Los exosomas curan la artritis.', 'Este tratamiento cura la alopecia.', 'Las celulas madre curaron su diabetes.', 'Es la cura definitiva para la artrosis.'],
    sound: [
      'Los exosomas no curan la artritis.',
      'Ningún producto de exosomas cura la artritis.',
      'Las clínicas afirman que los exosomas curan la artritis.',
      'Según la clínica, el tratamiento cura la alopecia.',
      'No se ha demostrado que los exosomas curen la artritis.',
      'No hay evidencia de que los exosomas curen la artritis.',
      '¿Pueden los exosomas curar la artritis?',
      'En ratones, los exosomas curaron la artritis.',
      'Desconfíe de los anuncios que prometen curar la artritis.',
      'Estos productos se venden como una cura para la artritis.',
    ],
  },
  {
    rule: 'overclaim-wording',
    asserted: ['Los exosomas podrían ayudar a revertir el envejecimiento.', 'El suero rejuvenece la piel.', 'Con una aplicación, la crema la rejuvenece.', 'Rejuvenecerla es posible con exosomas.'],
    sound: [
      'Los exosomas no revierten el envejecimiento.',
      'Algunos spas dicen que los exosomas revierten el envejecimiento.',
      'En estudios con animales, los exosomas revirtieron algunos signos del envejecimiento.',
    ],
  },
  {
    rule: 'overclaim-wording',
    asserted: ['Nuestro facial con exosomas está clínicamente comprobado y es un milagro para la piel.', 'Un tratamiento revolucionario: la fuente de la juventud.', 'Las células madre son la nueva frontera de la medicina.', 'Es un producto científicamente probado.'],
    sound: [
      'Los faciales con exosomas no están clínicamente comprobados.',
      'Desconfíe de los anuncios que llaman a los faciales con exosomas «clínicamente comprobados» o un «milagro».',
      'Ningún producto de exosomas es la fuente de la juventud.',
    ],
  },
  {
    rule: 'overclaim-wording',
    asserted: ['El tratamiento es 100% seguro, sin efectos secundarios.', 'No hay ningún riesgo con este procedimiento.', 'Es un procedimiento seguro y sin riesgos.', 'Cero riesgo inmunológico y compatibilidad absoluta con el organismo.'],
    sound: [
      'Ningún tratamiento ofrece compatibilidad absoluta.',
      'Ningún tratamiento está libre de riesgos.',
      'No se ha demostrado que los tratamientos con exosomas sean seguros.',
      'Las clínicas anuncian el tratamiento como seguro y sin efectos secundarios.',
      'No es cierto que el tratamiento no tenga efectos secundarios.',
    ],
  },
  {
    rule: 'regulatory-misdirection',
    asserted: ['Nuestros exosomas se fabrican en un laboratorio certificado por la FDA.', 'Es un producto registrado ante la FDA.', 'El tratamiento está aprobado por COFEPRIS.'],
    sound: [
      'Que una clínica diga que su producto está «registrado ante la FDA» no significa que la FDA lo haya revisado o aprobado.',
      'Estar registrado ante la FDA no significa estar aprobado.',
      'Ningún producto de exosomas está aprobado por la FDA.',
      'Los productos de exosomas deben ser aprobados por la FDA antes de venderse.',
    ],
    evidence: 'regulatory-fact',
  },
  {
    rule: 'numeric-promise',
    asserted: ['Los exosomas podrían hacer crecer el cabello en solo dos meses.', 'Resultados visibles desde la primera sesión.', 'Mejora la densidad del cabello hasta un 300%.'],
    sound: ['Las clínicas prometen cabello nuevo en solo dos meses.', 'Ningún estudio ha mostrado crecimiento del cabello en solo dos meses.'],
  },
  {
    rule: 'testimonial',
    asserted: ['Miles de pacientes ya han visto resultados espectaculares.', 'Nuestros pacientes satisfechos lo confirman.'],
    sound: ['Las clínicas presumen de que miles de pacientes han visto resultados.', 'Una revisión encontró 9 estudios pequeños, con 125 pacientes en total.'],
  },
  {
    rule: 'hedge-to-evidence',
    asserted: ['Los exosomas reparan el cartílago dañado.', 'Estimulan la producción de colágeno.', 'Los exosomas pueden mejorar la textura de la piel.', 'Las vesículas regeneran los tejidos dañados.', 'Los exosomas contrarrestan los signos del envejecimiento.'],
    sound: [
      'Los exosomas podrían reparar el cartílago dañado.',
      'Es posible que los exosomas reparen el cartílago dañado.',
      'En estudios con animales, los exosomas repararon el cartílago dañado.',
      'Los exosomas se están estudiando como una forma de reparar el cartílago.',
      'Los exosomas no reparan el cartílago.',
      'Las clínicas afirman que los exosomas reparan el cartílago.',
      'Todavía no se sabe si los exosomas reparan el cartílago en las personas.',
      'Hacen falta más estudios para saber si los exosomas reparan el cartílago.',
      'El objetivo es reparar el cartílago dañado.',
    ],
    evidence: 'preclinical',
  },
]

describe.each(pairs)('$rule: $asserted.0', ({ rule, asserted, sound, evidence }) => {
  test.each(asserted)('asserted, reported as a claim and as narrative: %s', (text) => {
    expect(asClaim(text, evidence)).toContain(rule)
    expect(asNarrative(text)).toContain(rule)
  })
  test.each(sound)('passes: %s', (text) => {
    expect(asClaim(text, evidence)).toEqual([])
    expect(asNarrative(text)).toEqual([])
  })
})

describe('Spanish grades', () => {
  test('a clinical claim states a benefit plainly only for who was studied, or bounded by what it does not do', () => {
    expect(asClaim('El plasma rico en plaquetas estimula el crecimiento del cabello.', 'clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim('Fortalece el pelo que ya tienes y frena la caída.', 'clinical')).toEqual(['hedge-to-evidence', 'hedge-to-evidence'])
    expect(asClaim('El plasma rico en plaquetas estimula el crecimiento del cabello en personas con alopecia androgénica.', 'clinical')).toEqual([])
    expect(asClaim('En algunos casos, el tratamiento frena la caída del cabello.', 'clinical')).toEqual([])
    expect(asClaim('El tratamiento podría frenar la caída del cabello.', 'clinical')).toEqual([])
    expect(asClaim('En ensayos clínicos, el tratamiento frenó la caída del cabello.', 'clinical')).toEqual([])
    expect(asClaim('No devuelve el cabello perdido, pero frena la caída.', 'clinical')).toEqual([])
    expect(asClaim('Varios ensayos aleatorizados muestran que el PRP reduce el dolor de rodilla.', 'clinical')).toEqual([])
    expect(asClaim('El PRP mejora la densidad capilar en la alopecia androgénica.', 'clinical')).toEqual([])
    // An established claim still may state it plainly.
    expect(asClaim('El trasplante de médula ósea restablece la producción de células sanguíneas.', 'established', 'mechanism')).toEqual([])
  })
})

describe('Spanish structures', () => {
  test('"puede" + a benefit says what a product can do; "podría" and "puede que" hedge it', () => {
    expect(asClaim('Los exosomas pueden regenerar la piel.', 'early-clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim('Los exosomas podrían regenerar la piel.', 'early-clinical')).toEqual([])
    expect(asClaim('Puede que los exosomas regeneren la piel.', 'early-clinical')).toEqual([])
  })
  test('a conditional of any predicate hedges its clause; a cure behind it is camouflage', () => {
    expect(asClaim('La terapia reduciría la inflamación.', 'preclinical')).toEqual([])
    expect(asClaim('La terapia curaría la artritis.', 'preclinical')).toEqual(['overclaim-wording'])
  })
  test('negative concord: "no ... ningún" and "no ... ni" negate once', () => {
    expect(asNarrative('No tiene ningún efecto secundario.')).toEqual(['overclaim-wording'])
    expect(asNarrative('Ningún estudio ha demostrado que los exosomas curen la artritis.')).toEqual([])
  })
  test('a phrase headed by "sin" ends at its comma', () => {
    expect(asNarrative('Sin cirugía, los exosomas regeneran la piel.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Los exosomas se venden sin aprobación y sin estudios que demuestren que regeneran la piel.')).toEqual([])
  })
  test('a subjunctive is not asserted unless a causative governs it', () => {
    expect(asNarrative('Las clínicas buscan fórmulas que regeneren la piel.')).toEqual([])
    expect(asNarrative('El suero hace que la piel se regenere.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Regenere su piel con exosomas.')).toEqual(['hedge-to-evidence'])
  })
  test('a participle after its noun is an adjective; after "ser" or "haber" it is the verb', () => {
    expect(asClaim('En los cerdos tratados, la zona dañada fue menor.', 'preclinical')).toEqual([])
    expect(asNarrative('La piel queda rejuvenecida y las arrugas han sido eliminadas.')).toContain('overclaim-wording')
  })
  test('"la cura" and "sin cura" are nouns, "se cura" a verb', () => {
    expect(asNarrative('La artritis no tiene cura.')).toEqual([])
    expect(asNarrative('Con este tratamiento la artritis se cura.')).toEqual(['overclaim-wording'])
  })
  test('reporting verbs after the quote, passives with "se", and a seller as the subject report a claim', () => {
    expect(asNarrative('"Los exosomas curan la artritis", afirmó la clínica.')).toEqual([])
    expect(asNarrative('Los exosomas se promocionan como un tratamiento milagroso.')).toEqual([])
    expect(asNarrative('Muchas clínicas prometen que los exosomas rejuvenecen la piel.')).toEqual([])
    expect(asNarrative('Los estafadores promueven sus productos en las redes sociales.')).toEqual([])
  })
  test('a first-person story with a dropped subject is a testimonial; what one read or heard is a report', () => {
    expect(asNarrative('He notado una gran mejora desde el tratamiento.')).toContain('testimonial')
    expect(asNarrative('He leído que los exosomas curan la artritis, pero no es cierto.')).toEqual([])
    expect(asNarrative('Quizá ha oído que los exosomas curan la artritis.')).toEqual([])
  })
  test('the page speaking in the first person asserts what it says', () => {
    expect(asNarrative('Le aseguramos que nuestros exosomas curan la artritis.')).toEqual(['overclaim-wording'])
  })
  test('a sentence need not name its subject', () => {
    expect(new Set(asClaim('Aportan propiedades antiinflamatorias a la piel.', 'early-clinical'))).toEqual(new Set(['hedge-to-evidence']))
    expect(asClaim('Ofrecen a los pacientes tratamientos con células madre.', 'early-clinical')).toEqual([])
  })
  test('text written without accents reads the same', () => {
    expect(asNarrative('Esta clinicamente comprobado que rejuvenece la piel.')).toContain('overclaim-wording')
    expect(asClaim('Todavia no se sabe si los exosomas reparan el cartilago.', 'preclinical')).toEqual([])
  })
  test('in the passive with "se", what is offered is the subject: no promise; what it gives still counts', () => {
    expect(asNarrative('Estas terapias se ofrecen en clínicas privadas de México.')).toEqual([])
    expect(asClaim('Los productos se comercializan y se promueven como seguros y eficaces para la artritis.', 'early-clinical')).toEqual([])
    expect(asClaim('La terapia con exosomas ofrece resultados visibles.', 'early-clinical')).toContain('hedge-to-evidence')
    expect(asClaim('Con este tratamiento se consigue una piel más joven.', 'early-clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim('Los exosomas promueven la regeneración de la piel.', 'early-clinical')).toEqual(['hedge-to-evidence'])
  })
  test('a count of sessions describes a protocol; a result promised after them is a promise', () => {
    expect(asNarrative('El tratamiento se hace en cuatro sesiones, una por semana.')).toEqual([])
    expect(asClaim('Se aconsejan entre 2 y 4 sesiones de plasma al año.', 'early-clinical')).toEqual([])
    expect(asNarrative('Verás resultados tras 3 sesiones de exosomas.')).toContain('numeric-promise')
  })
  test('"the only approved products" states which are approved, not that this one is', () => {
    expect(asClaim('Los únicos productos de células madre aprobados por la FDA son los de sangre de cordón.', 'regulatory-fact', 'regulatory')).toEqual([])
    expect(asClaim('Nuestro suero de exosomas está aprobado por la FDA.', 'regulatory-fact', 'regulatory')).toEqual(['regulatory-misdirection'])
  })
  test('"carecer de" efectos secundarios is a promise of no risk, in any tense', () => {
    expect(asNarrative('El procedimiento carece de efectos secundarios.')).toEqual(['overclaim-wording'])
    expect(asNarrative('No es cierto que el procedimiento carezca de efectos secundarios.')).toEqual([])
  })
  test('"lo ideal" gives advice; "ideal para" says what a treatment is good for', () => {
    expect(asNarrative('Lo ideal es consultar a un dermatólogo antes de cualquier tratamiento.')).toEqual([])
    expect(asClaim('El suero de exosomas es ideal para la caída del cabello.', 'early-clinical')).toEqual(['hedge-to-evidence'])
  })
  test('"funcionar" says how something works; "sí funciona", "funciona de verdad" that a treatment works', () => {
    expect(asNarrative('Cómo funciona el tratamiento con exosomas')).toEqual([])
    expect(asNarrative('Los exosomas funcionan como mensajeros entre las células.')).toEqual([])
    expect(asNarrative('El procedimiento funciona de la siguiente manera.')).toEqual([])
    expect(asClaim('Las células madre sí funcionan.', 'early-clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim('Este suero funciona de verdad.', 'early-clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim('No se sabe si el suero funciona de verdad.', 'early-clinical')).toEqual([])
  })
  test('"no es" denies what its subject would assert; "fuera" and "dado que" are not verbs there', () => {
    expect(asClaim('Un producto registrado ante la FDA no es un producto aprobado.', 'regulatory-fact', 'regulatory')).toEqual([])
    expect(asClaim('Nuestro producto está registrado ante la FDA.', 'regulatory-fact', 'regulatory')).toEqual(['regulatory-misdirection'])
    expect(asClaim('Desde fuera, los exosomas restauran la piel.', 'early-clinical')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Dado que los exosomas son pequeños, se guardan en frío.')).toEqual([])
    expect(asClaim('Da firmeza y volumen a la piel.', 'early-clinical')).toEqual(['hedge-to-evidence'])
  })
  test('"ventajas y desventajas" weighs both sides; "las ventajas del PRP" promises', () => {
    expect(asNarrative('Ventajas y desventajas del PRP')).toEqual([])
    expect(asNarrative('Ventajas e inconvenientes del tratamiento con exosomas')).toEqual([])
    expect(asClaim('Las ventajas del PRP son muchas.', 'early-clinical')).toEqual(['hedge-to-evidence'])
  })
  test('a verb of giving before quoted words reports a claim; with a thing given it promises one', () => {
    expect(asNarrative('Proliferan en internet productos que aseguran “estimular” el colágeno.')).toEqual([])
    expect(asNarrative('Este producto asegura una piel más firme.')).toContain('hedge-to-evidence')
  })
  test('a reporting verb before a subjunctive gives an order: what it orders is asserted', () => {
    expect(asNarrative('Los exosomas les dicen a las células que reparen el tejido dañado.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Los exosomas les indican a las células que produzcan más colágeno.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Pueden indicarles que reduzcan la inflamación o que reparen daños.')).toContain('hedge-to-evidence')
    expect(asNarrative('Las clínicas dicen que los exosomas reparan el tejido dañado.')).toEqual([])
    expect(asNarrative('Las clínicas aseguran a los pacientes que los exosomas reparan el tejido.')).toEqual([])
    expect(asNarrative('El médico le dijo al paciente que las células madre curan la artritis.')).toEqual([])
    expect(asNarrative('Nadie dice que los exosomas reparen el tejido.')).toEqual([])
    expect(asNarrative('Los datos indican que podría reducir la inflamación.')).toEqual([])
  })
  test('a participle before its agent is a passive; "según" after a comma reports what came before it', () => {
    expect(asNarrative('Los exosomas son vesículas producidas por las células.')).toEqual([])
    expect(asNarrative('Los exosomas producen colágeno.')).toContain('hedge-to-evidence')
    expect(asNarrative('El trasplante es útil para reducir la inflamación, según los resultados de los últimos trabajos.')).toEqual([])
    expect(asNarrative('El trasplante es útil para reducir la inflamación.')).toContain('hedge-to-evidence')
  })
  test('what a seller presents "como" something, however long its name, is reported', () => {
    expect(asNarrative('Muchas clínicas ofrecen la terapia con células madre como el método más eficaz para tratar la diabetes.')).toEqual([])
    expect(asNarrative('La terapia con células madre es el método más eficaz para tratar la diabetes.')).not.toEqual([])
  })
  test('"se postula" hedges; "mínimamente invasivo" describes a procedure, "no invasivo" promises', () => {
    expect(asClaim('Se postula que los exosomas estimulan la regeneración de la piel.', 'preclinical')).toEqual([])
    expect(asNarrative('Es un procedimiento mínimamente invasivo.')).toEqual([])
  })
  test('"ayuda a" a benefit, by its verb or its noun, asserts it; "podría ayudar" hedges it', () => {
    expect(asNarrative('El suero ayuda a la regeneración de la piel.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Los exosomas contribuyen a la reparación del tejido.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('También ayudan a mejorar el color de la piel.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Podría contribuir a la regeneración de la piel.')).toEqual([])
  })
  test('"en las células" names the body\'s cells; "en células" and "en algunas células" a cell study', () => {
    expect(asNarrative('Ayudan a reducir la producción de melanina en las células.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('En células humanas, los exosomas redujeron la inflamación.')).toEqual([])
    expect(asNarrative('En algunas células, los exosomas redujeron la inflamación.')).toEqual([])
  })
  test('benefits named beside their limits or risks are a balanced mention, not a promise', () => {
    expect(asNarrative('Este artículo analiza los beneficios y limitaciones de ambos enfoques.')).toEqual([])
    expect(asNarrative('Conozca los riesgos y beneficios antes de decidir.')).toEqual([])
    expect(asNarrative('Ofrece beneficios para la piel.')).toContain('hedge-to-evidence')
  })
  test('a verb that brings about a process promises it; a treatment named for a benefit promises it', () => {
    expect(asNarrative('Las vesículas modulan la regeneración tisular.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Estas señales desencadenan procesos de reparación en la piel.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Exosomas para la regeneración de la piel')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Con la aplicación se desencadenan procesos internos de reparación celular.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('El tratamiento con exosomas es una alternativa válida a la cirugía.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Las vesículas podrían modular la regeneración tisular.')).toEqual([])
    expect(asNarrative('Ningún producto de exosomas está aprobado para la regeneración de la piel.')).toEqual([])
  })
  test('"en lugar de" negates up to its comma; "debido a" is no duty', () => {
    expect(asNarrative('En lugar de rellenar, los exosomas regeneran la piel.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Los exosomas no regeneran la piel en lugar de rellenarla.')).toEqual([])
    expect(asNarrative('La piel mejora debido a que el suero regenera las células.')).toContain('hedge-to-evidence')
    expect(asNarrative('Los exosomas deben regenerar la piel para cumplir lo que se anuncia.')).toEqual([])
  })
  test('a novelty here to stay, a great power, a field transformed is hype; safety or benefits shown by studies are certainty', () => {
    expect(asNarrative('La bioestimulación con exosomas ha llegado para quedarse.')).toEqual(['overclaim-wording'])
    expect(asNarrative('Se han hecho famosos por su gran poder de regeneración.')).toContain('overclaim-wording')
    expect(asNarrative('Los ensayos han demostrado la seguridad del tratamiento con exosomas.')).toContain('overclaim-wording')
    expect(asNarrative('Su seguridad está respaldada por décadas de uso en dermatología.')).toContain('overclaim-wording')
    expect(asNarrative('Ningún ensayo ha demostrado la seguridad del tratamiento con exosomas.')).toEqual([])
    expect(asNarrative('Aún no hay estudios suficientes, que demuestren su eficacia.')).toEqual([])
  })
  test('a benefit noun heading a sentence or its colon promises the benefit; after an article or a word it names it', () => {
    expect(asNarrative('Reducción de arrugas y líneas de expresión')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Beneficios: regeneración del tejido y aumento del colágeno.')).toContain('hedge-to-evidence')
    expect(asNarrative('La reducción de arrugas no está demostrada.')).toEqual([])
    expect(asNarrative('En ratones se observó una reducción de las arrugas.')).toEqual([])
    expect(asNarrative('Aumento de casos de infecciones tras tratamientos no aprobados')).toEqual([])
    expect(asNarrative('Prevención de riesgos: consulte siempre a un médico.')).toEqual([])
  })
  test('ad copy in the imperative, with its pronoun, promises what it commands', () => {
    expect(asNarrative('Despídete de la calvicie con nuestro tratamiento.')).toContain('overclaim-wording')
    expect(asNarrative('Equilibra y purifica tu piel.')).toContain('hedge-to-evidence')
    expect(asNarrative('Las plaquetas despiertan folículos adormecidos y prolongan la fase de crecimiento.')).toContain('hedge-to-evidence')
    expect(asNarrative('Adiós a las arrugas.')).toEqual(['overclaim-wording'])
    expect(asNarrative('Su efecto antienvejecimiento es inmediato.')).toContain('hedge-to-evidence')
    expect(asNarrative('Los exosomas son la clave para una piel eternamente joven.')).toContain('overclaim-wording')
    expect(asNarrative('Las empresas aseguran que el suero actúa como un lifting sin cirugía.')).toEqual([])
    expect(asNarrative('El procedimiento ofrece seguridad total y ausencia de efectos secundarios.')).toContain('overclaim-wording')
    expect(asNarrative('Los estudios demuestran que el suero blanquea las manchas.')).toContain('overclaim-wording')
    expect(asNarrative('Ningún estudio demuestra que el suero blanquee las manchas.')).toEqual([])
    expect(asNarrative('Los fabricantes atribuyen al producto propiedades regenerativas.')).toEqual([])
    expect(asNarrative('El producto tiene propiedades regenerativas.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Se especula que los exosomas reducen la inflamación.')).toEqual([])
  })
  test('a side effect passing promises nothing; care a caregiver gives is described; advice is no statement', () => {
    expect(asNarrative('El enrojecimiento desaparece en 24 a 48 horas.')).toEqual([])
    expect(asNarrative('La hinchazón disminuye a los pocos días.')).toEqual([])
    expect(asNarrative('Con el tratamiento, las arrugas desaparecen.')).toEqual(['hedge-to-evidence'])
    expect(asNarrative('Se recomienda proteger la piel del sol después del tratamiento.')).toEqual([])
    expect(asNarrative('Los médicos tratan la artrosis con analgésicos y ejercicio.')).toEqual([])
    expect(asNarrative('Los exosomas tratan la artrosis.')).toEqual(['hedge-to-evidence'])
  })
  test('abbreviations do not end a sentence', () => {
    expect(asNarrative('El Dr. Pérez afirma que los exosomas curan la artritis.')).toEqual([])
    expect(asNarrative('En EE. UU. la FDA no ha aprobado ningún producto de exosomas.')).toEqual([])
  })
  test('lo que el tratamiento no hace, y después un contraste, acota lo que hace', () => {
    const bounded = 'No crea pelo en las zonas calvas, pero sí puede fortalecer los folículos debilitados.'
    expect(asClaim(bounded, 'clinical')).toEqual([])
    expect(asNarrative(bounded)).toEqual([])
    // Without the denial the benefit is stated for everyone; at an early grade it still needs its hedge.
    expect(asClaim('Puede fortalecer los folículos debilitados.', 'clinical')).toEqual(['hedge-to-evidence'])
    expect(asClaim(bounded, 'preclinical')).toEqual(['hedge-to-evidence'])
    // A denied promise before the contrast bounds nothing.
    expect(asNarrative('No prometen milagros, pero sí fortalecen los folículos debilitados.')).toContain('hedge-to-evidence')
  })
})
