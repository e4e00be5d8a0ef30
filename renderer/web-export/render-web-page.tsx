/**
 * The web export's page renderer (built for Node by vite.config.ts beside it): every page is a kiosk screen,
 * the same components with the same content, drawn once to static HTML. Links are real links here (RouteLink
 * reads RouteHrefContext), and each page's <base href> points at the site's root, so every address on it is
 * written from the root and the site works under any path of any host.
 */
import '../styles/tokens.css';
import '../styles/base.css';
import './web-export.css';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ExerciseView } from '../../common/content-view';
import type { WebPageInput } from '../../common/web-export';
import { siteRootFrom, webCreditsPath, webLanguagePath, webPagePath } from '../../common/web-pages';
import { BodyMapDataContext } from '../body-map/body-map';
import { ScreenHeaderContext } from '../components/screen-frame';
import { NavigationContext, type Navigation, type Route } from '../navigation';
import { RouteHrefContext } from '../route-link';
import { CreditsScreen } from '../screens/credits-screen';
import { ExerciseScreen } from '../screens/exercise-screen';
import { HomeScreen } from '../screens/home-screen';
import { MuscleScreen } from '../screens/muscle-screen';
import { LanguagePage, StartPage } from './index-pages';
import { parseDrawings } from './parse-drawings';
import { WebFooter, WebHeader } from './web-chrome';
import { webI18n } from './web-i18n';

/** Where each kiosk route is in the export; the guide has no page of its own, so it leads to the language's index. */
function routeHref(language: string): (route: Route) => string {
  return (route) => {
    if (route.screen === 'muscle' || route.screen === 'exercise') return webPagePath(language, { kind: route.screen, id: route.id });
    if (route.screen === 'credits') return webCreditsPath(language);
    return webLanguagePath(language);
  };
}

/** The screens read where they are from navigation; a page never moves, so nothing here does anything. */
function staticNavigation(input: WebPageInput): Navigation {
  const stay = () => undefined;
  return { canGoBack: false, open: stay, back: stay, home: stay, language: input.content.language, languages: input.content.languages, setLanguage: stay };
}

/** The exercise screen, with what site-script.ts needs to move the breathing indicator in time with the video, as the kiosk does. */
function ExercisePage({ exercise }: { exercise: ExerciseView }) {
  const { t } = useTranslation();
  const cues = exercise.video ? { duration: exercise.video.durationSeconds, phases: exercise.video.phases, words: { inhale: t('breathing.inhale'), exhale: t('breathing.exhale') } } : null;
  return (
    <div className="web-exercise" data-breathing={cues ? JSON.stringify(cues) : undefined}>
      <ExerciseScreen exercise={exercise} />
    </div>
  );
}

function PageBody({ input }: { input: WebPageInput }): ReactNode {
  const { page, content } = input;
  switch (page.kind) {
    case 'start':
      return <StartPage content={content} />;
    case 'language':
      return <LanguagePage content={content} />;
    case 'credits':
      return <CreditsScreen credits={content.credits} />;
    case 'station':
      return <HomeScreen content={content} />;
    case 'muscle': {
      const muscle = content.muscles[page.id];
      if (!muscle) throw new Error(`no muscle "${page.id}"`);
      return <MuscleScreen muscle={muscle} />;
    }
    case 'exercise': {
      const exercise = content.exercises[page.id];
      if (!exercise) throw new Error(`no exercise "${page.id}"`);
      return <ExercisePage exercise={exercise} />;
    }
  }
}

/** The page's title: its screen's name, then the site's. */
function pageTitle(input: WebPageInput, siteTitle: string): string {
  const { page, content } = input;
  const name =
    page.kind === 'station'
      ? content.stations.find((station) => station.id === page.id)?.name
      : page.kind === 'muscle'
        ? content.muscles[page.id]?.name
        : page.kind === 'exercise'
          ? content.exercises[page.id]?.name
          : undefined;
  return name ? `${name} · ${siteTitle}` : siteTitle;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function html(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Written by hand, not by React, which reorders a head's elements: <base> must come before every address. */
function documentHead(input: WebPageInput, title: string): string {
  return [
    '<meta charset="utf-8">',
    `<base href="${html(siteRootFrom(input.path))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No icon to fetch: a browser would otherwise ask the host's root for /favicon.ico, which is not the site's.
    '<link rel="icon" href="data:,">',
    `<title>${html(title)}</title>`,
    ...input.alternates.map((alternate) => `<link rel="alternate" hreflang="${html(alternate.hreflang)}" href="${html(alternate.path || './')}">`),
    `<link rel="stylesheet" href="${html(input.stylesheet)}">`,
    `<script src="${html(input.script)}" defer></script>`,
  ].join('\n');
}

export function renderWebPage(input: WebPageInput): string {
  const language = input.content.language;
  const i18n = webI18n(language, input.content.ui);
  const header = input.page.kind === 'start' ? null : <WebHeader language={language} languages={input.content.languages} alternates={input.alternates} />;
  const body = (
    <div className="web-page">
      <I18nextProvider i18n={i18n}>
        <NavigationContext.Provider value={staticNavigation(input)}>
          <RouteHrefContext.Provider value={routeHref(language)}>
            <BodyMapDataContext.Provider value={parseDrawings(input.bodyMaps)}>
              <ScreenHeaderContext.Provider value={header}>
                {input.page.kind === 'language' ? header : null}
                <PageBody input={input} />
                {input.page.kind === 'start' ? null : <WebFooter language={language} />}
              </ScreenHeaderContext.Provider>
            </BodyMapDataContext.Provider>
          </RouteHrefContext.Provider>
        </NavigationContext.Provider>
      </I18nextProvider>
    </div>
  );
  const title = pageTitle(input, i18n.t('share.siteTitle'));
  return `<!doctype html>\n<html lang="${html(language)}">\n<head>\n${documentHead(input, title)}\n</head>\n<body>${renderToStaticMarkup(body)}</body>\n</html>\n`;
}
