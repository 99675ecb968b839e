# Paso — textos da interface em português do Brasil.

language-name = Português (Brasil)
site-name = Paso
site-tagline = Seus direitos na fronteira terrestre dos EUA
skip-to-content = Pular para o conteúdo
nav-home = Início
nav-sources = Fontes
nav-languages = Idiomas
language-switcher = Idioma
landing-title = Escolha seu idioma
landing-intro = Um guia simples sobre seus direitos ao cruzar a fronteira terrestre dos EUA de carro ou a pé. Funciona sem sinal.

home-title = Seus direitos na fronteira terrestre
home-intro = Respostas simples para quem cruza entre os EUA e o Canadá ou o México de carro ou a pé. Este guia funciona no seu celular sem sinal.
home-who = Qual é a sua situação?
home-who-intro = Escolha uma para ver só os conselhos escritos para o seu caso.
home-articles = Todos os temas

status-us-citizen = Cidadão americano
status-green-card = Residente permanente (green card)
status-visa = Com visto ou outro visitante
status-visitor-ca-mx = Visitante do Canadá ou do México
status-pending-or-parole = Processo pendente, parole ou TPS
status-no-status = Sem status imigratório

for-title = Conselhos para: { $status }
for-intro = Estas são as partes do guia escritas para você. Cada uma leva ao artigo completo, que tem o quadro inteiro e as fontes.
for-none = Nenhuma parte do guia foi escrita só para este grupo. Os temas abaixo valem para todos.
for-also = Temas que também valem para você
for-read-more = Ler esta parte no artigo completo
for-from-article = Do artigo: { $article }

applies-to = Vale para:
toc = Nesta página
last-checked = Conferido com as fontes em: { $date }
review-due-passed = Esta página deveria ter sido conferida de novo em { $date }. Parte dela pode estar desatualizada.
legal-review-none = Nenhum advogado revisou esta página ainda.
legal-review-done = Revisado por { $reviewer } em { $date }.
not-legal-advice = Isto é informação geral, não é orientação jurídica. Para o seu caso, fale com um advogado de imigração ou com um representante credenciado pelo DOJ (Departamento de Justiça dos EUA).
sources = Fontes
source-via = cópia
source-accessed = consultado em { $date }
sources-title = Todas as fontes
sources-intro = Cada informação deste guia vem de uma destas fontes. Elas estão listadas aqui, artigo por artigo.
previous = Anterior
next = Próximo

translation-unreviewed = Esta tradução ainda não foi conferida por uma pessoa.
translation-outdated = O texto em inglês mudou depois que esta tradução foi feita. Esta página pode estar desatualizada.
translation-missing = Esta página ainda não está disponível em { $language }, então ela aparece em inglês.
read-original = Ler o original em inglês

not-found-title = Página não encontrada
not-found-text = Esta página não existe. Talvez ela tenha mudado de lugar.
not-found-home = Ir para a página inicial

footer-publisher = Publicado por { $publisher }.
footer-version = Versão do conteúdo { $version }.
footer-corrections = Achou um erro? { $contact }
footer-privacy = Este guia não usa cookies, não conta visitantes e não carrega nada de outros sites.

local-help = Ajuda local
local-phone = Telefone:
local-hours = Horário:
local-address = Endereço:
local-languages = Idiomas:

alert-note = Observação
alert-tip = Dica
alert-important = Importante
alert-warning = Atenção
alert-caution = Cuidado
external-link = (outro site)


# Search.
nav-search = Buscar
search-title = Buscar no guia
search-label = Palavras para buscar
search-button = Buscar
search-found = { $count ->
    [one] 1 resultado
   *[other] { $count } resultados
} para “{ $query }”
search-none = Nada encontrado para “{ $query }”. Tente outra palavra ou escolha um tema abaixo.
search-empty = Digite uma palavra para buscar, por exemplo “foto” ou “celular”.
search-too-long = Essa busca é longa demais. Use menos palavras (no máximo { $max } letras).
search-noscript = Nesta cópia salva, a busca precisa de JavaScript. Sem ele, escolha um tema na lista abaixo.

# Navigation, saving, quick exit, rights card, sharing.
nav-main = Menu principal
nav-breadcrumb = Você está aqui
nav-card = Cartão de direitos
nav-share = Compartilhar
list-separator = { ", " }
quick-exit = Saída rápida
save-offline = Salvar este guia
save-offline-hint = Um único arquivo com todos os temas, para abrir depois no seu celular, mesmo sem sinal.
offline-keep = Guardar este guia neste aparelho
offline-kept = Salvo neste aparelho para ler sem internet.
offline-made = Cópia salva de { $publisher }, feita em { $date }. Versão do conteúdo { $version }.
offline-contents = Temas
offline-back = Voltar à lista de temas
card-title = Mostre isto ao agente
card-intro = Leia uma frase em voz alta ou mostre esta tela. O inglês é para o agente.
card-print = Imprimir um cartão de bolso
card-print-title = Cartão de bolso
card-print-hint = Imprima os dois lados, recorte nas linhas tracejadas e guarde o cartão na carteira.
card-to-officer = Para o agente
card-version = Paso { $version } · { $date }
card-only-for = Somente para: { $who }
share-title = Compartilhar este guia
share-url-title = Abrir o guia
share-intro = Aponte a câmera de um celular para este código para abrir o guia nesse celular.
share-qr-alt = Código QR com o endereço deste guia
share-wifi-title = Primeiro, conecte-se ao Wi-Fi
share-wifi = Escaneie este código para se conectar à rede Wi-Fi { $ssid }.
share-none = Esta cópia do guia é um conjunto de arquivos, não um servidor. Para compartilhar, envie abaixo a cópia em arquivo único.

# Datas: { $day } e { $year } são números, { $month } é um de month-1 … month-12.
date-format = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

# Issue 14: phone-first layout, share notice, search description.
menu = Menu
meta-checked = Verificado em { $date }
meta-review-none = sem revisão de um advogado
meta-review-done = revisado por um advogado
meta-applies-all = para todos
meta-applies-some = { $count ->
    [one] para 1 grupo
   *[other] para { $count } grupos
}
meta-details = Sobre esta página
share-loopback = Este código só funciona neste aparelho: o Paso está escutando no endereço próprio deste aparelho, que outros celulares não alcançam.
share-hotspot = Para compartilhar num ponto de acesso ou Wi-Fi, pare o Paso e inicie-o de novo com { $command }; depois abra esta página outra vez.
search-description = Pesquise em todas as páginas do guia, sem sinal.
# paso preview only (issue 17): the problems panel shown while editing.
preview-problems-title = { $count ->
        [one] O conteúdo tem um erro
       *[other] O conteúdo tem { $count } erros
    }
preview-problems-intro = O guia continua mostrando a última versão sem erros. Corrija o arquivo e salve: esta página recarrega sozinha.
preview-error = Erro
preview-warning = Aviso
# Issue 12: who vouches for the guide; re-sharing the signed bundle
provenance-signed = Assinado por { $publisher } (chave minisign { $key }). Versão { $version } de { $date }.
provenance-unsigned = Sem assinatura: esta cópia do guia (versão { $version }) vem de uma pasta, então nenhum editor responde por ela.
provenance-title = Quem garante este guia
provenance-check = Uma cópia assinada (um arquivo .paso) é verificada antes de ser mostrada. Se o Paso disser que a assinatura de uma cópia falhou, não use nem repasse essa cópia: alguém a alterou. Peça uma nova à organização que a deu a você.
bundle-offer-title = Obtenha este guia para o seu próprio Paso
bundle-offer = Versão { $version }, assinada por { $publisher } (chave { $key }), { $size }. Abra com paso serve --bundle em outro celular ou quiosque.
# Issue 16: the sign-in sheet on a hotspot, reading aloud, counts.
captive-title = Um guia gratuito sobre seus direitos na fronteira
captive-no-internet = Este Wi-Fi não tem internet. Ele só oferece este guia, de graça.
captive-choose = Escolha seu idioma:
captive-open-browser = Esta janela não guarda nada. Para manter o guia aberto, abra seu navegador (Chrome, Safari, Firefox) e digite { $address }
listen = Ouvir
listen-pause = Pausar
listen-resume = Continuar
listen-stop = Parar
about-counts = Esta cópia do guia conta quantas páginas são lidas por dia, por idioma e por página. Não guarda mais nada: nem endereço, nem horário, nem ordem das páginas, nada sobre você. Números abaixo de 5 aparecem como “menos de 5”.
# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = (em { $date })
translation-back-checked = Tradução automática, conferida por retradução para o inglês, ainda não revisada por uma pessoa.
# Issue 12: "What changed", per version
changes-title = O que mudou
changes-entry = Versão { $version }, { $date }:
changes-all = Todas as mudanças, versão por versão
changes-about-title = O que mudou em cada versão
changes-about-intro = Esta é a versão { $version }. Se a sua cópia do guia (uma página salva ou um cartão impresso) mostra uma versão mais antiga, estas são as diferenças desde então.

# Issue 15: the questions an article answers; suggestions when a search finds nothing.
article-answers = Esta página responde
search-did-you-mean = Você quis dizer:
