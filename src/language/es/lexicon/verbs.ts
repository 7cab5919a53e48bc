/**
 * Spanish conjugation data for `../inflect.ts`: what the conjugation rules cannot derive from
 * an infinitive. Every form is written without accents (the analysis compares words with
 * their acute accents and diaereses taken off, `ñ` kept), except the few whose accent tells
 * two words apart (`está`, `esté`, `sé`, `dé`) and a final `ó` (`cayó`).
 *
 * Regular verbs need no entry: `-ar`, `-er` and `-ir` endings, and the spelling changes of
 * `-car`/`-gar`/`-zar`, `-cer`/`-cir` (`zc`), `-ducir` (`zc`, `-uje`), `-ger`/`-gir` (`j`),
 * `-guir` (`g`) and `-uir` (`y`), are rules.
 */

/**
 * Stem changes, by infinitive: `ie` (e → ie when stressed: "recomienda"), `ue` (o → ue:
 * "promueve"), `ie-i` (-ir verbs, e → ie when stressed and e → i before a stressed ending:
 * "revierte", "revirtió"), `ue-u` (o → ue, o → u: "duerme", "durmió"), `i` (-ir verbs,
 * e → i: "corrige", "sirvió"). A verb made of a prefix and one of these is looked up by
 * its last part ("comprobar" by "probar").
 */
export const stemChanges: Readonly<Record<string, 'ie' | 'ue' | 'ie-i' | 'ue-u' | 'i'>> = {
  pensar: 'ie',
  recomendar: 'ie',
  comenzar: 'ie',
  empezar: 'ie',
  cerrar: 'ie',
  despertar: 'ie',
  calentar: 'ie',
  atravesar: 'ie',
  manifestar: 'ie',
  entender: 'ie',
  defender: 'ie',
  atender: 'ie',
  extender: 'ie',
  perder: 'ie',
  encender: 'ie',
  revertir: 'ie-i',
  convertir: 'ie-i',
  advertir: 'ie-i',
  divertir: 'ie-i',
  invertir: 'ie-i',
  sugerir: 'ie-i',
  referir: 'ie-i',
  preferir: 'ie-i',
  sentir: 'ie-i',
  mentir: 'ie-i',
  herir: 'ie-i',
  requerir: 'ie-i',
  probar: 'ue',
  aprobar: 'ue',
  demostrar: 'ue',
  mostrar: 'ue',
  encontrar: 'ue',
  recordar: 'ue',
  costar: 'ue',
  contar: 'ue',
  renovar: 'ue',
  soltar: 'ue',
  consolar: 'ue',
  mover: 'ue',
  volver: 'ue',
  doler: 'ue',
  soler: 'ue',
  dormir: 'ue-u',
  morir: 'ue-u',
  pedir: 'i',
  medir: 'i',
  repetir: 'i',
  servir: 'i',
  seguir: 'i',
  elegir: 'i',
  corregir: 'i',
  impedir: 'i',
  competir: 'i',
  vestir: 'i',
  solver: 'ue',
  tender: 'ie',
  vertir: 'ie-i',
  ferir: 'ie-i',
  regir: 'i',
}

/** Past participles that are not `-ado`/`-ido`, by infinitive (prefixed verbs by their last part). */
export const participles: Readonly<Record<string, string>> = {
  volver: 'vuelto',
  solver: 'suelto',
  scribir: 'scrito',
  abrir: 'abierto',
  cubrir: 'cubierto',
  romper: 'roto',
  morir: 'muerto',
  imprimir: 'impreso',
  freir: 'frito',
  ver: 'visto',
  hacer: 'hecho',
  decir: 'dicho',
  poner: 'puesto',
  satisfacer: 'satisfecho',
}

/**
 * Irregular verbs: their forms by tense, written without accents, groups separated by `|`:
 * present (first person singular left out, see `../inflect.ts`) | imperfect | preterite |
 * future | conditional | present subjunctive | imperfect subjunctive | imperative |
 * gerund | participle. A verb made of a prefix and one of the verbs in `compoundBases`
 * ("mantener", "prevenir", "predecir", "proponer") takes these forms with the prefix.
 */
export const irregular: Readonly<Record<string, string>> = {
  ser: 'es eres somos sois son | era eras eramos erais eran | fui fuiste fue fuimos fuisteis fueron | sere seras sera seremos sereis seran | seria serias seriamos seriais serian | sea seas seamos seais sean | fuera fueras fueramos fuerais fueran fuese fueses fuesen | sé sed | siendo | sido',
  estar: 'está estas estamos estais estan | estaba estabas estabamos estabais estaban | estuve estuviste estuvo estuvimos estuvisteis estuvieron | estare estaras estara estaremos estareis estaran | estaria estarias estariamos estariais estarian | esté estes estemos esteis esten | estuviera estuvieras estuvieramos estuvierais estuvieran estuviese estuviesen | | estando | estado',
  haber: 'ha has hay hemos habeis han | habia habias habiamos habiais habian | hube hubiste hubo hubimos hubisteis hubieron | habre habras habra habremos habreis habran | habria habrias habriamos habriais habrian | haya hayas hayamos hayais hayan | hubiera hubieras hubieramos hubierais hubieran hubiese hubiesen | | habiendo | habido',
  ir: 'va vas vamos vais van | iba ibas ibamos ibais iban | fui fuiste fue fuimos fuisteis fueron | ire iras ira iremos ireis iran | iria irias iriamos iriais irian | vaya vayas vayamos vayais vayan | fuera fueras fueramos fuerais fueran fuese fuesen | ve id | yendo | ido',
  tener: 'tiene tienes tenemos teneis tienen | tenia tenias teniamos teniais tenian | tuve tuviste tuvo tuvimos tuvisteis tuvieron | tendre tendras tendra tendremos tendreis tendran | tendria tendrias tendriamos tendriais tendrian | tenga tengas tengamos tengais tengan | tuviera tuvieras tuvieramos tuvierais tuvieran tuviese tuviesen | ten tened | teniendo | tenido',
  venir: 'viene vienes venimos venis vienen | venia venias veniamos veniais venian | vine viniste vino vinimos vinisteis vinieron | vendre vendras vendra vendremos vendreis vendran | vendria vendrias vendriamos vendriais vendrian | venga vengas vengamos vengais vengan | viniera vinieras vinieramos vinierais vinieran viniese viniesen | ven venid | viniendo | venido',
  hacer: 'hace haces hacemos haceis hacen | hacia hacias haciamos haciais hacian | hice hiciste hizo hicimos hicisteis hicieron | hare haras hara haremos hareis haran | haria harias hariamos hariais harian | haga hagas hagamos hagais hagan | hiciera hicieras hicieramos hicierais hicieran hiciese hiciesen | haz haced | haciendo | hecho',
  decir: 'dice dices decimos decis dicen | decia decias deciamos deciais decian | dije dijiste dijo dijimos dijisteis dijeron | dire diras dira diremos direis diran | diria dirias diriamos diriais dirian | diga digas digamos digais digan | dijera dijeras dijeramos dijerais dijeran dijese dijesen | di decid | diciendo | dicho',
  poner: 'pone pones ponemos poneis ponen | ponia ponias poniamos poniais ponian | puse pusiste puso pusimos pusisteis pusieron | pondre pondras pondra pondremos pondreis pondran | pondria pondrias pondriamos pondriais pondrian | ponga pongas pongamos pongais pongan | pusiera pusieras pusieramos pusierais pusieran pusiese pusiesen | pon poned | poniendo | puesto',
  poder: 'puede puedes podemos podeis pueden | podia podias podiamos podiais podian | pude pudiste pudo pudimos pudisteis pudieron | podre podras podra podremos podreis podran | podria podrias podriamos podriais podrian | pueda puedas podamos podais puedan | pudiera pudieras pudieramos pudierais pudieran pudiese pudiesen | | pudiendo | podido',
  querer: 'quiere quieres queremos quereis quieren | queria querias queriamos queriais querian | quise quisiste quiso quisimos quisisteis quisieron | querre querras querra querremos querreis querran | querria querrias querriamos querriais querrian | quiera quieras queramos querais quieran | quisiera quisieras quisieramos quisierais quisieran quisiese quisiesen | quered | queriendo | querido',
  saber: 'sabe sabes sabemos sabeis saben | sabia sabias sabiamos sabiais sabian | supe supiste supo supimos supisteis supieron | sabre sabras sabra sabremos sabreis sabran | sabria sabrias sabriamos sabriais sabrian | sepa sepas sepamos sepais sepan | supiera supieras supieramos supierais supieran supiese supiesen | sabed | sabiendo | sabido',
  dar: 'da das damos dais dan | daba dabas dabamos dabais daban | di diste dio dimos disteis dieron | dare daras dara daremos dareis daran | daria darias dariamos dariais darian | dé des demos deis den | diera dieras dieramos dierais dieran diese diesen | dad | dando | dado',
  ver: 've ves vemos veis ven | veia veias veiamos veiais veian | vi viste vio vimos visteis vieron | vere veras vera veremos vereis veran | veria verias veriamos veriais verian | vea veas veamos veais vean | viera vieras vieramos vierais vieran viese viesen | ved | viendo | visto',
  traer: 'trae traes traemos traeis traen | traia traias traiamos traiais traian | traje trajiste trajo trajimos trajisteis trajeron | traere traeras traera traeremos traereis traeran | traeria traerias traeriamos traeriais traerian | traiga traigas traigamos traigais traigan | trajera trajeras trajeramos trajerais trajeran trajese trajesen | traed | trayendo | traido',
  salir: 'sale sales salimos salis salen | salia salias saliamos saliais salian | sali saliste salió salimos salisteis salieron | saldre saldras saldra saldremos saldreis saldran | saldria saldrias saldriamos saldriais saldrian | salga salgas salgamos salgais salgan | saliera salieras salieramos salierais salieran saliese saliesen | sal salid | saliendo | salido',
  caer: 'cae caes caemos caeis caen | caia caias caiamos caiais caian | cai caiste cayó caimos caisteis cayeron | caere caeras caera caeremos caereis caeran | caeria caerias caeriamos caeriais caerian | caiga caigas caigamos caigais caigan | cayera cayeras cayeramos cayerais cayeran cayese cayesen | caed | cayendo | caido',
  oir: 'oye oyes oimos ois oyen | oia oias oiamos oiais oian | oi oiste oyó oimos oisteis oyeron | oire oiras oira oiremos oireis oiran | oiria oirias oiriamos oiriais oirian | oiga oigas oigamos oigais oigan | oyera oyeras oyeramos oyerais oyeran oyese oyesen | oid | oyendo | oido',
}

/** Verbs whose prefixed forms are conjugated as they are ("mantener" as "tener", "comprobar" as "probar"). */
export const compoundBases: readonly string[] = [
  'tener', 'venir', 'hacer', 'decir', 'poner', 'traer', 'caer', 'salir', 'probar', 'volver', 'mover', 'solver', 'tender', 'vertir',
  'ferir', 'seguir', 'pedir', 'sentir', 'regir', 'mostrar', 'scribir', 'cubrir',
]

/**
 * Infinitive-looking words that are not verbs ("mujer", "lugar"): their forms are a noun's
 * (a plural), not a verb's.
 */
export const notVerbs: readonly string[] = [
  'mujer', 'lugar', 'hogar', 'placer', 'bienestar', 'altar', 'azar', 'collar', 'dolar', 'mar', 'par', 'militar', 'celular', 'muscular',
  'articular', 'capilar', 'molecular', 'vascular', 'ocular', 'popular', 'similar', 'familiar', 'particular', 'regular', 'singular',
  'nuclear', 'solar', 'lunar', 'polar', 'estelar', 'escolar', 'auxiliar', 'peculiar', 'titular', 'ejemplar', 'cancer', 'taller',
  'elixir', 'nadir', 'emir', 'tapir', 'primer', 'tercer', 'super', 'laser',
]
