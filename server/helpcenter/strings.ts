/**
 * The help center's own words (articles are written by people, in their locale). A locale without
 * its own table uses its language's (pt-BR → pt), then English.
 */
export interface Strings {
  helpCenter: string;
  /** The help center's full name, for titles: "Acme Help Center". */
  siteHelpCenter: (site: string) => string;
  homeHeading: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchButton: string;
  browseTopics: string;
  articleCount: (n: number) => string;
  popular: string;
  recent: string;
  moreArticles: string;
  updated: (date: string) => string;
  downloadPdf: string;
  alsoIn: string;
  related: string;
  inThisSection: string;
  sections: string;
  wasHelpful: string;
  yes: string;
  no: string;
  thanks: string;
  searchTitle: string;
  resultsFor: (n: number, query: string) => string;
  moreResults: (shown: number) => string;
  noResults: (query: string) => string;
  noResultsHint: string;
  emptySearch: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  noArticles: string;
  breadcrumb: string;
  skipToContent: string;
  source: string;
  poweredBy: string;
  languages: string;
  page: (n: number, total: number) => string;
  tooManyRequests: string;
}

type Plural = (n: number) => boolean;
const one = (locale: string): Plural => {
  const rules = new Intl.PluralRules(locale);
  return (n) => rules.select(n) === 'one';
};

function english(): Strings {
  const isOne = one('en');
  return {
    helpCenter: 'Help Center',
    siteHelpCenter: (site) => `${site} Help Center`,
    homeHeading: 'How can we help?',
    searchLabel: 'Search the help center',
    searchPlaceholder: 'Search for answers…',
    searchButton: 'Search',
    browseTopics: 'Browse by topic',
    articleCount: (n) => (isOne(n) ? '1 article' : `${n} articles`),
    popular: 'Popular articles',
    recent: 'Recently updated',
    moreArticles: 'More articles',
    updated: (date) => `Updated ${date}`,
    downloadPdf: 'Download PDF',
    alsoIn: 'Also available in',
    related: 'Related articles',
    inThisSection: 'In this section',
    sections: 'Sections',
    wasHelpful: 'Was this article helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thanks for letting us know!',
    searchTitle: 'Search',
    resultsFor: (n, q) => (isOne(n) ? `1 result for “${q}”` : `${n} results for “${q}”`),
    moreResults: (shown) => `Showing the ${shown} best matches. Add a word to narrow the search.`,
    noResults: (q) => `No articles match “${q}”.`,
    noResultsHint: 'Check the spelling, try other or fewer words, or browse the topics below.',
    emptySearch: 'Type a few words about your question.',
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you were looking for does not exist or is no longer available.',
    backHome: 'Go to the help center',
    noArticles: 'No articles have been published here yet.',
    breadcrumb: 'Breadcrumb',
    skipToContent: 'Skip to content',
    source: 'Source',
    poweredBy: 'Powered by Lantern',
    languages: 'Languages',
    page: (n, total) => `Page ${n} of ${total}`,
    tooManyRequests: 'Too many requests from your address. Please wait a minute and try again.',
  };
}

function french(): Strings {
  const isOne = one('fr');
  return {
    helpCenter: 'Centre d’aide',
    siteHelpCenter: (site) => `Centre d’aide ${site}`,
    homeHeading: 'Comment pouvons-nous vous aider ?',
    searchLabel: 'Rechercher dans le centre d’aide',
    searchPlaceholder: 'Rechercher une réponse…',
    searchButton: 'Rechercher',
    browseTopics: 'Parcourir par thème',
    articleCount: (n) => (isOne(n) ? `${n} article` : `${n} articles`),
    popular: 'Articles populaires',
    recent: 'Mis à jour récemment',
    moreArticles: 'Autres articles',
    updated: (date) => `Mis à jour le ${date}`,
    downloadPdf: 'Télécharger en PDF',
    alsoIn: 'Aussi disponible en',
    related: 'Articles associés',
    inThisSection: 'Dans cette section',
    sections: 'Sections',
    wasHelpful: 'Cet article vous a-t-il été utile ?',
    yes: 'Oui',
    no: 'Non',
    thanks: 'Merci pour votre retour !',
    searchTitle: 'Recherche',
    resultsFor: (n, q) => (isOne(n) ? `${n} résultat pour « ${q} »` : `${n} résultats pour « ${q} »`),
    moreResults: (shown) => `Voici les ${shown} meilleurs résultats. Ajoutez un mot pour affiner.`,
    noResults: (q) => `Aucun article ne correspond à « ${q} ».`,
    noResultsHint: 'Vérifiez l’orthographe, essayez d’autres mots ou parcourez les thèmes ci-dessous.',
    emptySearch: 'Décrivez votre question en quelques mots.',
    notFoundTitle: 'Page introuvable',
    notFoundText: 'La page demandée n’existe pas ou n’est plus disponible.',
    backHome: 'Aller au centre d’aide',
    noArticles: 'Aucun article n’a encore été publié ici.',
    breadcrumb: 'Fil d’Ariane',
    skipToContent: 'Aller au contenu',
    source: 'Source',
    poweredBy: 'Propulsé par Lantern',
    languages: 'Langues',
    page: (n, total) => `Page ${n} sur ${total}`,
    tooManyRequests: 'Trop de requêtes depuis votre adresse. Réessayez dans une minute.',
  };
}

function german(): Strings {
  const isOne = one('de');
  return {
    helpCenter: 'Hilfe-Center',
    siteHelpCenter: (site) => `${site} Hilfe-Center`,
    homeHeading: 'Wie können wir helfen?',
    searchLabel: 'Im Hilfe-Center suchen',
    searchPlaceholder: 'Antworten suchen…',
    searchButton: 'Suchen',
    browseTopics: 'Nach Thema stöbern',
    articleCount: (n) => (isOne(n) ? '1 Artikel' : `${n} Artikel`),
    popular: 'Beliebte Artikel',
    recent: 'Kürzlich aktualisiert',
    moreArticles: 'Weitere Artikel',
    updated: (date) => `Aktualisiert am ${date}`,
    downloadPdf: 'Als PDF herunterladen',
    alsoIn: 'Auch verfügbar auf',
    related: 'Ähnliche Artikel',
    inThisSection: 'In diesem Bereich',
    sections: 'Bereiche',
    wasHelpful: 'War dieser Artikel hilfreich?',
    yes: 'Ja',
    no: 'Nein',
    thanks: 'Danke für Ihre Rückmeldung!',
    searchTitle: 'Suche',
    resultsFor: (n, q) => (isOne(n) ? `1 Ergebnis für „${q}“` : `${n} Ergebnisse für „${q}“`),
    moreResults: (shown) => `Die ${shown} besten Treffer. Fügen Sie ein Wort hinzu, um die Suche einzugrenzen.`,
    noResults: (q) => `Keine Artikel passen zu „${q}“.`,
    noResultsHint: 'Prüfen Sie die Schreibweise, versuchen Sie andere Wörter oder stöbern Sie in den Themen unten.',
    emptySearch: 'Beschreiben Sie Ihre Frage mit ein paar Wörtern.',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Die gesuchte Seite gibt es nicht oder nicht mehr.',
    backHome: 'Zum Hilfe-Center',
    noArticles: 'Hier wurden noch keine Artikel veröffentlicht.',
    breadcrumb: 'Brotkrumennavigation',
    skipToContent: 'Zum Inhalt springen',
    source: 'Quelle',
    poweredBy: 'Bereitgestellt mit Lantern',
    languages: 'Sprachen',
    page: (n, total) => `Seite ${n} von ${total}`,
    tooManyRequests: 'Zu viele Anfragen von Ihrer Adresse. Bitte versuchen Sie es in einer Minute erneut.',
  };
}

function spanish(): Strings {
  const isOne = one('es');
  return {
    helpCenter: 'Centro de ayuda',
    siteHelpCenter: (site) => `Centro de ayuda de ${site}`,
    homeHeading: '¿Cómo podemos ayudarte?',
    searchLabel: 'Buscar en el centro de ayuda',
    searchPlaceholder: 'Buscar respuestas…',
    searchButton: 'Buscar',
    browseTopics: 'Explorar por tema',
    articleCount: (n) => (isOne(n) ? '1 artículo' : `${n} artículos`),
    popular: 'Artículos populares',
    recent: 'Actualizados recientemente',
    moreArticles: 'Más artículos',
    updated: (date) => `Actualizado el ${date}`,
    downloadPdf: 'Descargar PDF',
    alsoIn: 'También disponible en',
    related: 'Artículos relacionados',
    inThisSection: 'En esta sección',
    sections: 'Secciones',
    wasHelpful: '¿Te resultó útil este artículo?',
    yes: 'Sí',
    no: 'No',
    thanks: '¡Gracias por tu opinión!',
    searchTitle: 'Búsqueda',
    resultsFor: (n, q) => (isOne(n) ? `1 resultado para «${q}»` : `${n} resultados para «${q}»`),
    moreResults: (shown) => `Se muestran los ${shown} mejores resultados. Añade una palabra para afinar la búsqueda.`,
    noResults: (q) => `Ningún artículo coincide con «${q}».`,
    noResultsHint: 'Revisa la ortografía, prueba con otras palabras o explora los temas de abajo.',
    emptySearch: 'Escribe unas palabras sobre tu pregunta.',
    notFoundTitle: 'Página no encontrada',
    notFoundText: 'La página que buscas no existe o ya no está disponible.',
    backHome: 'Ir al centro de ayuda',
    noArticles: 'Todavía no se ha publicado ningún artículo aquí.',
    breadcrumb: 'Ruta de navegación',
    skipToContent: 'Saltar al contenido',
    source: 'Fuente',
    poweredBy: 'Con la tecnología de Lantern',
    languages: 'Idiomas',
    page: (n, total) => `Página ${n} de ${total}`,
    tooManyRequests: 'Demasiadas solicitudes desde tu dirección. Vuelve a intentarlo en un minuto.',
  };
}

function portuguese(): Strings {
  const isOne = one('pt');
  return {
    helpCenter: 'Central de ajuda',
    siteHelpCenter: (site) => `Central de ajuda ${site}`,
    homeHeading: 'Como podemos ajudar?',
    searchLabel: 'Pesquisar na central de ajuda',
    searchPlaceholder: 'Pesquisar respostas…',
    searchButton: 'Pesquisar',
    browseTopics: 'Navegar por tema',
    articleCount: (n) => (isOne(n) ? '1 artigo' : `${n} artigos`),
    popular: 'Artigos populares',
    recent: 'Atualizados recentemente',
    moreArticles: 'Mais artigos',
    updated: (date) => `Atualizado em ${date}`,
    downloadPdf: 'Baixar PDF',
    alsoIn: 'Também disponível em',
    related: 'Artigos relacionados',
    inThisSection: 'Nesta seção',
    sections: 'Seções',
    wasHelpful: 'Este artigo foi útil?',
    yes: 'Sim',
    no: 'Não',
    thanks: 'Obrigado pelo retorno!',
    searchTitle: 'Pesquisa',
    resultsFor: (n, q) => (isOne(n) ? `1 resultado para “${q}”` : `${n} resultados para “${q}”`),
    moreResults: (shown) => `Mostrando os ${shown} melhores resultados. Acrescente uma palavra para refinar.`,
    noResults: (q) => `Nenhum artigo corresponde a “${q}”.`,
    noResultsHint: 'Verifique a ortografia, tente outras palavras ou navegue pelos temas abaixo.',
    emptySearch: 'Escreva algumas palavras sobre sua dúvida.',
    notFoundTitle: 'Página não encontrada',
    notFoundText: 'A página que você procura não existe ou não está mais disponível.',
    backHome: 'Ir para a central de ajuda',
    noArticles: 'Nenhum artigo foi publicado aqui ainda.',
    breadcrumb: 'Trilha de navegação',
    skipToContent: 'Pular para o conteúdo',
    source: 'Fonte',
    poweredBy: 'Feito com Lantern',
    languages: 'Idiomas',
    page: (n, total) => `Página ${n} de ${total}`,
    tooManyRequests: 'Muitas solicitações do seu endereço. Tente novamente em um minuto.',
  };
}

const tables: Record<string, () => Strings> = { en: english, fr: french, de: german, es: spanish, pt: portuguese };
const built = new Map<string, Strings>();

export function stringsFor(locale: string): Strings {
  const language = locale.split('-')[0] ?? 'en';
  const key = tables[locale] ? locale : tables[language] ? language : 'en';
  let strings = built.get(key);
  if (!strings) {
    strings = (tables[key] ?? english)();
    built.set(key, strings);
  }
  return strings;
}
