//! Words a reader types around their question — question words, pronouns, auxiliaries,
//! articles and prepositions — per language, already folded (no accents, lowercase, Arabic
//! letters unified as [`super::text::fold`] does). They are left out of a query (unless nothing
//! else is left), so an article full of first-person phrases ("I do not want my photo taken")
//! does not win a question because of "I", "my", "do". The index keeps every word; the list
//! travels in the offline index so `static/search.js` drops the same words.
//!
//! For Chinese, whose queries are cut into character pairs, the list is of characters: a pair
//! with one of them ("我的", "吗") is left out.

/// The stop words of a locale (by its language), sorted.
pub fn words(locale: &str) -> Vec<&'static str> {
    let list = match locale.split('-').next().unwrap_or("") {
        "en" => EN,
        "es" => ES,
        "fr" => FR,
        "ht" => HT,
        "pt" => PT,
        "ar" => AR,
        "zh" => ZH,
        _ => "",
    };
    let mut v: Vec<&str> = list.split_whitespace().collect();
    v.sort_unstable();
    v.dedup();
    v
}

const EN: &str = "i me my mine myself we our ours you your yours he him his she her it its they them \
their what which who whom whose when where why how is are was were be been being am do does did \
doing done have has had having can could will would shall should may might must a an the and or \
but if of at by for with about to from in on into onto then than so just too very this that these \
those there here get got getting im ive id ill dont doesnt didnt cant wont isnt arent please any \
some ok okay need want let lets someone something anything happens happen happened going gonna \
really still also even";

const ES: &str = "yo me mi mis mio mia tu te ti tus usted ustedes el ella ellos ellas nos \
nosotros lo la los las le les un una unos unas de del al a en con por para sin que como cuando \
donde quien quienes cual cuales es son esta estan estoy soy ser fue era hay he ha han tengo tiene \
tienen tener puedo puede pueden poder debo debe deben y o pero si se su sus este esto ese esa eso \
muy mas ya algo pasa pasar quiero necesito hacer hago favor ahi aqui alguien";

const FR: &str = "je j me m moi mon ma mes tu te t toi ton ta tes il elle ils elles on nous vous \
leur leurs le la l les un une des de d du au aux a et ou mais si ne n pas que qu qui quoi quel \
quelle quels quelles comment quand pourquoi est sont suis es etre ai as avez avons ont peux peut \
peuvent pouvoir dois doit faut ce c cet cette ces se s dans pour par avec sans y en ca veux veut \
vais va faire fait quelqu quelque chose";

const HT: &str = "mwen m mw ou w li l nou n yo y ki sa kisa kiyes kiles kilaa kijan kouman \
konbyen ke eske se ye te ap pral va vin ka kapab dwe gen genyen pa a la an yon nan pou ak de epi \
e men si le fe vle bezwen gade tou deja fok";

const PT: &str = "eu me mim meu minha meus minhas voce voces vc tu te seu sua seus suas ele ela \
eles elas nos a o as os um uma uns umas de do da dos das no na nas em ao aos pra pro para por com \
sem que quem qual quais quando onde como porque e ou mas se nao sao estou esta estao ser foi tem \
ter tenho posso pode podem devo deve vou vai isso isto esse essa este muito ja quero preciso \
fazer faco alguem algo acontece";

const AR: &str = "هل ما ماذا من متي اين كيف لماذا لم لن لا في علي الي عن مع و او ان انا انت \
انتم نحن هو هي هم هذا هذه ذلك تلك الذي التي الذين يمكن يمكنني يمكنهم يمكنني استطيع اريد هناك \
كان يكون ليس قد لو ثم ايضا عند معي لي عليه اذا";

const ZH: &str = "我 你 您 他 她 它 们 的 吗 呢 吧 了 么 什 怎 会 能 可 以 要 该 是 在 有 和 这 那 个 \
都 就 还 也 去 给 对 被 把 得 地 着 过 啊 嘛";

/// Whether a folded query word is a stop word, given a lookup in the list.
pub fn is_stop(listed: impl Fn(&str) -> bool, form: &str) -> bool {
    if form.chars().any(super::text::is_cjk) {
        // A Chinese pair (or character): out when any of its characters is listed.
        return form.chars().any(|c| listed(c.encode_utf8(&mut [0u8; 4])));
    }
    listed(form)
}
