# Paso — textos de la interfaz en español (México).
# Cada mensaje de en/main.ftl debe estar aquí. Deja los `{ $nombre }` tal como están.

language-name = Español
site-name = Paso
site-tagline = Tus derechos en la frontera terrestre de EE. UU.
skip-to-content = Saltar al contenido
nav-home = Inicio
nav-sources = Fuentes
nav-languages = Idiomas
language-switcher = Idioma
landing-title = Elige tu idioma
landing-intro = Una guía sencilla sobre tus derechos al cruzar la frontera terrestre de EE. UU. en carro o a pie. Funciona sin señal.

home-title = Tus derechos en la frontera terrestre
home-intro = Respuestas claras para quienes cruzan entre EE. UU. y Canadá o México en carro o a pie. Esta guía funciona en tu celular sin señal.
home-who = ¿Cuál es tu situación?
home-who-intro = Elige una para ver solo los consejos escritos para tu caso.
home-articles = Todos los temas

status-us-citizen = Ciudadano de EE. UU.
status-green-card = Residente permanente (green card)
status-visa = Con visa u otro tipo de visitante
status-visitor-ca-mx = Visitante de Canadá o México
status-pending-or-parole = Caso en trámite, parole o TPS
status-no-status = Sin estatus migratorio

for-title = Consejos para: { $status }
for-intro = Estas son las partes de la guía escritas para ti. Cada una lleva al artículo completo, que tiene toda la información y las fuentes.
for-none = Ninguna parte de la guía está escrita solo para este grupo. Los temas de abajo aplican para todos.
for-also = Otros temas que también te aplican
for-read-more = Leer esta parte en el artículo completo
for-from-article = De: { $article }

applies-to = Aplica a:
toc = En esta página
last-checked = Última revisión con sus fuentes: { $date }
review-due-passed = Esta página debía revisarse de nuevo el { $date }. Parte de ella puede estar desactualizada.
legal-review-none = Ningún abogado ha revisado esta página todavía.
legal-review-done = Revisado por { $reviewer } el { $date }.
not-legal-advice = Esto es información general, no asesoría legal. Para tu propio caso, habla con un abogado de inmigración o con un representante acreditado por el Departamento de Justicia (DOJ).
sources = Fuentes
source-via = copia
source-accessed = consultado el { $date }
sources-title = Todas las fuentes
sources-intro = Cada dato de esta guía viene de una de estas fuentes. Aquí están, artículo por artículo.
previous = Anterior
next = Siguiente

translation-unreviewed = Esta traducción todavía no la ha revisado una persona.
translation-outdated = El texto en inglés cambió después de hacer esta traducción. Esta página puede estar desactualizada.
translation-missing = Esta página todavía no está disponible en { $language }, así que se muestra en inglés.
read-original = Leer el original en inglés

not-found-title = Página no encontrada
not-found-text = Esta página no existe. Tal vez cambió de lugar.
not-found-home = Ir a la página de inicio

footer-publisher = Publicado por { $publisher }.
footer-version = Versión del contenido { $version }.
footer-corrections = ¿Encontraste un error? { $contact }
footer-privacy = Esta guía no usa cookies, no cuenta visitas y no carga nada de otros sitios.

local-help = Ayuda local
local-phone = Teléfono:
local-hours = Horario:
local-address = Dirección:
local-languages = Idiomas:

alert-note = Nota
alert-tip = Consejo
alert-important = Importante
alert-warning = Advertencia
alert-caution = Cuidado
external-link = (otro sitio web)


# Search.
nav-search = Buscar
search-title = Buscar en la guía
search-label = Palabras que buscas
search-button = Buscar
search-found = { $count ->
    [one] 1 resultado
   *[other] { $count } resultados
} para “{ $query }”
search-none = No se encontró nada para “{ $query }”. Prueba otra palabra o elige un tema de la lista.
search-empty = Escribe una palabra para buscar, por ejemplo “foto” o “celular”.
search-too-long = Esa búsqueda es demasiado larga. Usa menos palabras (máximo { $max } letras).
search-noscript = En esta copia guardada, la búsqueda necesita JavaScript. Sin él, elige un tema de la lista de abajo.

# Navigation, saving, quick exit, rights card, sharing.
nav-main = Menú principal
nav-breadcrumb = Estás aquí
nav-card = Tarjeta de derechos
nav-share = Compartir
list-separator = { ", " }
quick-exit = Salida rápida
save-offline = Guardar esta guía
save-offline-hint = Un solo archivo con todos los temas, para abrirlo después en tu celular, aunque no tengas señal.
offline-keep = Guardar esta guía en este dispositivo
offline-kept = Guardada en este dispositivo para leerla sin conexión.
offline-made = Copia guardada de { $publisher }, hecha el { $date }. Versión del contenido { $version }.
offline-contents = Temas
offline-back = Volver a la lista de temas
card-title = Muéstrale esto al oficial
card-intro = Lee una frase en voz alta o muestra esta pantalla. El inglés es para el oficial.
card-print = Imprimir una tarjeta para la cartera
card-print-title = Tarjeta para la cartera
card-print-hint = Imprime los dos lados, recorta por las líneas punteadas y guarda la tarjeta en tu cartera.
card-to-officer = Para el oficial
card-version = Paso { $version } · { $date }
card-only-for = Solo para: { $who }
share-title = Compartir esta guía
share-url-title = Abrir la guía
share-intro = Apunta la cámara de un celular a este código para abrir la guía en ese celular.
share-qr-alt = Código QR con la dirección de esta guía
share-wifi-title = Primero, conéctate al wifi
share-wifi = Escanea este código para conectarte a la red wifi { $ssid }.
share-none = Esta copia de la guía es un conjunto de archivos, no un servidor. Para compartirla, envía abajo la copia de un solo archivo.

# Fechas: { $day } y { $year } son números; { $month } es uno de month-1 … month-12.
date-format = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# Issue 14: phone-first layout, share notice, search description.
menu = Menú
meta-checked = Revisado el { $date }
meta-review-none = sin revisión de un abogado
meta-review-done = revisado por un abogado
meta-applies-all = para todos
meta-applies-some = { $count ->
    [one] para 1 grupo
   *[other] para { $count } grupos
}
meta-details = Sobre esta página
share-loopback = Este código solo funciona en este dispositivo: Paso escucha en la dirección propia de este dispositivo, a la que otros teléfonos no llegan.
share-hotspot = Para compartir en un punto de acceso o red Wi-Fi, detenga Paso e inícielo de nuevo con { $command }; luego vuelva a abrir esta página.
search-description = Busque en todas las páginas de la guía, sin señal.
# paso preview only (issue 17): the problems panel shown while editing.
preview-problems-title = { $count ->
        [one] El contenido tiene un error
       *[other] El contenido tiene { $count } errores
    }
preview-problems-intro = La guía sigue mostrando la última versión sin errores. Corrija el archivo y guárdelo: esta página se recarga sola.
preview-error = Error
preview-warning = Aviso
# Issue 12: who vouches for the guide; re-sharing the signed bundle
provenance-signed = Firmado por { $publisher } (clave minisign { $key }). Versión { $version } del { $date }.
provenance-unsigned = Sin firma: esta copia de la guía (versión { $version }) viene de una carpeta, así que ningún editor responde por ella.
provenance-title = Quién respalda esta guía
provenance-check = Una copia firmada (un archivo .paso) se comprueba antes de mostrarse. Si Paso dice que la firma de una copia falla, no la use ni la comparta: alguien la cambió. Pida una nueva a la organización que se la dio.
bundle-offer-title = Obtenga esta guía para su propio Paso
bundle-offer = Versión { $version }, firmada por { $publisher } (clave { $key }), { $size }. Ábrala con paso serve --bundle en otro teléfono o quiosco.
# Issue 16: the sign-in sheet on a hotspot, reading aloud, counts.
captive-title = Una guía gratuita sobre sus derechos en la frontera
captive-no-internet = Esta red wifi no tiene internet. Solo ofrece esta guía, gratis.
captive-choose = Elija su idioma:
captive-open-browser = Esta ventana no guarda nada. Para seguir leyendo la guía, abra su navegador (Chrome, Safari, Firefox) y escriba { $address }
listen = Escuchar
listen-pause = Pausa
listen-resume = Continuar
listen-stop = Detener
about-counts = Esta copia de la guía cuenta cuántas páginas se leen cada día, por idioma y por página. No guarda nada más: ni dirección, ni hora, ni orden de las páginas, nada sobre usted. Las cifras menores de 5 se muestran como “menos de 5”.
# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = (al { $date })
translation-back-checked = Traducción automática, revisada con una traducción de vuelta al inglés, todavía no revisada por una persona.
# Issue 12: "What changed", per version
changes-title = Qué cambió
changes-entry = Versión { $version }, { $date }:
changes-all = Todos los cambios, versión por versión
changes-about-title = Qué cambió en cada versión
changes-about-intro = Esta es la versión { $version }. Si su copia de la guía (una página guardada o una tarjeta impresa) muestra una versión anterior, estas son las diferencias desde entonces.

# Issue 15: the questions an article answers; suggestions when a search finds nothing.
article-answers = Esta página responde
search-did-you-mean = Quizás quiso decir:
