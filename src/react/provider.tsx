import type { i18n as I18n } from 'i18next';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import {
  type Classifier,
  createClassifier,
  type IssueCode,
  type Subject,
  type VendorId,
  type VendorModule,
} from '../classifier';
import type { GuidanceParams, Translate } from '../core/guidance';
import { reportHostError } from '../core/report-error';
import type { RetryPolicy } from '../core/retry-policy';
import { localeDirection } from '../i18n/locale';
import {
  addCaptureFeedbackResources,
  createCaptureFeedbackI18nSync,
  loadCaptureFeedbackLocale,
  loadedChain,
  suitsTheKit,
  translatorFor,
} from '../i18n/setup';
import type { Direction } from '../i18n/types';

/** What the kit tells the host's analytics and logs. Never personal data: codes, ids and counts. */
export interface CaptureFeedbackEvent {
  readonly type:
    | 'issue_shown'
    | 'retry'
    | 'retry_slow'
    | 'wait_started'
    | 'wait_finished'
    | 'fallback_shown'
    | 'fallback_chosen'
    | 'contact_support'
    | 'dismissed';
  readonly code: IssueCode;
  readonly subject: Subject;
  readonly vendor?: VendorId;
  readonly vendorCode?: string;
  readonly requestId?: string;
  /** The attempt this event belongs to, 1-based, per subject. */
  readonly attempt: number;
  /** For `wait_started`: the wait in ms. For `fallback_chosen`: which fallback. */
  readonly waitMs?: number;
  readonly fallback?: FallbackOption;
}

/** What the panel offers once a subject's attempts run out. */
export type FallbackOption = 'another_document' | 'manual_review' | 'support';

export interface CaptureFeedbackProviderProps {
  /**
   * The i18next instance. @defaultValue the host's react-i18next instance when there is one (from
   * `<I18nextProvider>` or `initReactI18next`; its configuration untouched: the kit adds its own
   * namespace), else a private one.
   */
  readonly i18n?: I18n;
  /** The user's locale. @defaultValue the i18next instance's language */
  readonly locale?: string;
  /** The vendor errors come from, when the host talks to one: decides shared numeric codes. */
  readonly vendor?: VendorId;
  readonly retryPolicy?: RetryPolicy;
  /** Extra vendors for the classifier. */
  readonly vendors?: readonly VendorModule[];
  /** Single vendor mappings to change: `{ 'faceki:8003': 'face.cropped' }`. */
  readonly overrides?: Readonly<Record<string, IssueCode>>;
  /** Analytics and logs. */
  readonly onEvent?: (event: CaptureFeedbackEvent) => void;
  /** What to offer when attempts run out, in order. @defaultValue ['support'] */
  readonly fallbacks?: readonly FallbackOption[];
  /** Called when the user picks a fallback. */
  readonly onFallback?: (option: FallbackOption) => void;
  /** Called for "Contact support" (when absent and `supportUrl` is set, a link opens it). */
  readonly onContactSupport?: () => void;
  readonly supportUrl?: string;
  /** Real parameters of the guidance (maximum file size, accepted formats, minimum video length). */
  readonly params?: GuidanceParams;
  readonly children?: ReactNode;
}

export interface CaptureFeedbackConfig {
  readonly i18n: I18n;
  readonly t: Translate;
  readonly locale: string;
  readonly dir: Direction;
  readonly classifier: Classifier;
  readonly vendor?: VendorId;
  readonly retryPolicy: RetryPolicy;
  readonly fallbacks: readonly FallbackOption[];
  readonly params: GuidanceParams;
  readonly attempts: AttemptStore;
  readonly emit: (event: CaptureFeedbackEvent) => void;
  readonly onFallback?: (option: FallbackOption) => void;
  readonly onContactSupport?: () => void;
  readonly supportUrl?: string;
}

/** Attempts per key (a subject, or a key the host chooses), shared by every panel under a provider. */
export interface AttemptStore {
  get(key: string): number;
  add(key: string): number;
  reset(key?: string): void;
  subscribe(listener: () => void): () => void;
}

export function createAttemptStore(): AttemptStore {
  const counts = new Map<string, number>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (key) => counts.get(key) ?? 0,
    add(key) {
      const next = (counts.get(key) ?? 0) + 1;
      counts.set(key, next);
      notify();
      return next;
    },
    reset(key) {
      if (key === undefined) counts.clear();
      else counts.delete(key);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const ConfigContext = createContext<CaptureFeedbackConfig | null>(null);

let sharedI18n: I18n | undefined;
const defaultClassifier = createClassifier();
const defaultAttempts = createAttemptStore();

const warned = new WeakSet<I18n>();
function warnOnce(i18n: I18n): void {
  if (warned.has(i18n)) return;
  warned.add(i18n);
  console.warn(
    'capture-feedback: pluralSeparator or contextSeparator is not "_"; using its own i18next instance',
  );
}

/** The kit's own instance, created on first use (never at import: importing stays side-effect free). */
function privateI18n(): I18n {
  sharedI18n ??= createCaptureFeedbackI18nSync();
  return sharedI18n;
}

const ENGLISH = Object.freeze({ locale: 'en', chain: ['en'] });

/** An instance's current language, following its changes. */
function useLanguage(i18n: I18n): string | undefined {
  return useSyncExternalStore(
    (listener) => {
      i18n.on('languageChanged', listener);
      return () => i18n.off('languageChanged', listener);
    },
    () => i18n.language,
    () => i18n.language,
  );
}

function useLoadedLocale(i18n: I18n, requested: string | undefined): { locale: string; chain: string[] } {
  const language = useLanguage(i18n);
  const locale = requested ?? language ?? 'en';
  const [loaded, setLoaded] = useState<{ locale: string; chain: string[] }>(() => {
    addCaptureFeedbackResources(i18n);
    const chain = loadedChain(i18n, locale);
    return chain ? { locale, chain } : ENGLISH;
  });
  useEffect(() => {
    let live = true;
    const load = (): void =>
      void loadCaptureFeedbackLocale(i18n, locale).then((chain) => {
        if (!live) return;
        setLoaded({ locale, chain });
        // Offline, or the chunk failed on a poor network: English speaks meanwhile, and the
        // locale is fetched again when the connection comes back.
        if (!loadedChain(i18n, locale) && typeof window !== 'undefined')
          window.addEventListener('online', load, { once: true });
      });
    load();
    return () => {
      live = false;
      if (typeof window !== 'undefined') window.removeEventListener('online', load);
    };
  }, [i18n, locale]);
  // Already loaded (earlier, or by the host): the user's language at once. Otherwise English (always
  // bundled) speaks until the locale arrives: never a blank panel or a raw key.
  const ready = useMemo(
    () => (loaded.locale === locale ? undefined : loadedChain(i18n, locale)),
    [i18n, locale, loaded],
  );
  if (loaded.locale === locale) return loaded;
  return ready ? { locale, chain: ready } : ENGLISH;
}

function useConfigValue(
  props: CaptureFeedbackProviderProps,
  parent: CaptureFeedbackConfig | null,
  isProvider: boolean,
): CaptureFeedbackConfig {
  // The host's instance: from an <I18nextProvider>, else the one `i18n.use(initReactI18next)` registered.
  const host = useContext(I18nContext)?.i18n ?? getI18n();
  const chosen = props.i18n ?? parent?.i18n ?? host ?? privateI18n();
  // An instance whose plural or context separators are not `_` cannot resolve the kit's strings:
  // the kit's own instance speaks instead, in the chosen one's language.
  const suits = suitsTheKit(chosen);
  if (!suits) warnOnce(chosen);
  const i18n = suits ? chosen : privateI18n();
  const chosenLanguage = useLanguage(chosen);
  const { locale, chain } = useLoadedLocale(
    i18n,
    props.locale ?? parent?.locale ?? (suits ? undefined : chosenLanguage),
  );
  const t = useMemo<Translate>(() => translatorFor(i18n, chain), [i18n, chain]);
  const classifier = useMemo(
    () =>
      props.vendors || props.overrides
        ? createClassifier({ vendors: props.vendors, overrides: props.overrides })
        : undefined,
    [props.vendors, props.overrides],
  );
  const attemptsRef = useRef<AttemptStore | null>(null);
  // The outermost provider owns the attempt counts; without one they are global to the page, so a
  // panel that remounts for each failure still counts them.
  attemptsRef.current ??=
    isProvider && !parent ? createAttemptStore() : (parent?.attempts ?? defaultAttempts);
  const handlers = useRef(props);
  handlers.current = props;
  const emit = useMemo(
    () => (event: CaptureFeedbackEvent) => {
      // Analytics must never take the flow down: events are sent from effects, where a throw
      // would unmount the panel. The error goes to the console and the host's monitoring.
      try {
        handlers.current.onEvent?.(event);
      } catch (error) {
        reportHostError(error);
      }
      parent?.emit(event);
    },
    [parent],
  );
  const { vendor, retryPolicy, fallbacks, params, onFallback, onContactSupport, supportUrl } = props;
  return useMemo(
    () => ({
      i18n,
      t,
      locale,
      dir: localeDirection(locale),
      classifier: classifier ?? parent?.classifier ?? defaultClassifier,
      vendor: vendor ?? parent?.vendor,
      // a value left undefined keeps the outer provider's
      retryPolicy: {
        ...parent?.retryPolicy,
        ...Object.fromEntries(Object.entries(retryPolicy ?? {}).filter(([, v]) => v !== undefined)),
      },
      fallbacks: fallbacks ?? parent?.fallbacks ?? ['support'],
      params: { ...parent?.params, ...params },
      attempts: attemptsRef.current ?? defaultAttempts,
      emit,
      onFallback: onFallback ?? parent?.onFallback,
      onContactSupport: onContactSupport ?? parent?.onContactSupport,
      supportUrl: supportUrl ?? parent?.supportUrl,
    }),
    [
      i18n,
      t,
      locale,
      classifier,
      parent,
      vendor,
      retryPolicy,
      fallbacks,
      params,
      emit,
      onFallback,
      onContactSupport,
      supportUrl,
    ],
  );
}

/**
 * Configures every capture-feedback component below it: i18n, locale, vendor, retry policy,
 * fallbacks and analytics. Optional: without it the kit uses the host's react-i18next instance (or
 * a private one), English, and the default policy.
 */
export function CaptureFeedbackProvider(props: CaptureFeedbackProviderProps) {
  const parent = useContext(ConfigContext);
  const value = useConfigValue(props, parent, true);
  return <ConfigContext.Provider value={value}>{props.children}</ConfigContext.Provider>;
}

/** The configuration in effect (the nearest provider's, or the defaults). */
export function useCaptureFeedbackConfig(): CaptureFeedbackConfig {
  const parent = useContext(ConfigContext);
  const standalone = useConfigValue({}, parent, false);
  return parent ?? standalone;
}
