// The task pane: Fluent UI theme following Office's, a tab list for the four
// views, and the view chosen through the navigation store (tabs or ribbon).
// Beranda is in the first chunk; the other views load on first use, so the
// pane's first paint does not wait for the template, the examples, the
// validation list view or the narrative (and its Word export, lazier still).
import { Suspense, lazy, useEffect, useState, useSyncExternalStore } from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { BerandaView } from "./views/BerandaView";
import {
  JUDUL_TAMPILAN,
  TAMPILAN,
  type Tampilan,
  getNavigasi,
  navigasi,
  subscribeNavigasi,
} from "./navigation";
import { type Tema, pantauTema, temaOffice } from "./theme";
import { getLiveState, startLiveValidation, subscribeLive } from "../office/live-validation";
import type { Temuan } from "../core/validation/types";
import { formatAngka } from "../core/format/angka";

const SiapkanView = lazy(() =>
  import(/* webpackChunkName: "siapkan", webpackPrefetch: true */ "./views/SiapkanView").then(
    (m) => ({
      default: m.SiapkanView,
    })
  )
);
const PeriksaView = lazy(() =>
  import(/* webpackChunkName: "periksa" */ "./views/PeriksaView").then((m) => ({
    default: m.PeriksaView,
  }))
);
const NarasiView = lazy(() =>
  import(/* webpackChunkName: "narasi" */ "./views/NarasiView").then((m) => ({
    default: m.NarasiView,
  }))
);

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  nav: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
  },
  memuat: { padding: "16px" },
});

function hitungGalat(temuan: Temuan[]): number {
  return temuan.filter((t) => t.tingkat === "galat").length;
}

/**
 * Live validation runs while the pane is loaded, whichever view is open, so
 * mistakes are caught as they are typed; returns the current error count for
 * the Periksa tab ("Periksa (2)"). A failed start is reported by the Periksa view.
 */
function useGalatLangsung(mulai: boolean): number {
  const [galat, setGalat] = useState(() => hitungGalat(getLiveState().temuan));
  useEffect(() => {
    const unsubscribe = subscribeLive((s) => setGalat(hitungGalat(s.temuan)));
    if (mulai && typeof Excel !== "undefined" && getLiveState().status === "mati") {
      startLiveValidation().catch(() => undefined);
    }
    return unsubscribe;
  }, [mulai]);
  return galat;
}

export interface AppProps {
  /** Theme override (tests); default follows Office. */
  tema?: Tema;
  /** Start live validation when the pane mounts (default true). */
  periksaOtomatis?: boolean;
}

export function App({ tema: temaTetap, periksaOtomatis = true }: AppProps): JSX.Element {
  const styles = useStyles();
  const galat = useGalatLangsung(periksaOtomatis);
  const nav = useSyncExternalStore(subscribeNavigasi, getNavigasi, getNavigasi);
  const [tema, setTema] = useState<Tema>(() => temaTetap ?? temaOffice());

  useEffect(() => {
    if (temaTetap) return undefined;
    return pantauTema(setTema);
  }, [temaTetap]);

  const view = (t: Tampilan): JSX.Element => {
    switch (t) {
      case "beranda":
        return <BerandaView konfirmasi={nav.konfirmasiBagikan} />;
      case "siapkan":
        return <SiapkanView />;
      case "periksa":
        return <PeriksaView />;
      case "narasi":
        return <NarasiView />;
    }
  };

  return (
    <FluentProvider
      theme={(temaTetap ?? tema) === "gelap" ? webDarkTheme : webLightTheme}
      className={styles.provider}
      data-tema={temaTetap ?? tema}
    >
      <nav className={styles.nav} aria-label="Menu LKj">
        <TabList
          selectedValue={nav.tampilan}
          onTabSelect={(_e, d) => navigasi(d.value as Tampilan)}
          size="small"
        >
          {TAMPILAN.map((t) => (
            <Tab key={t} value={t} id={`tab-${t}`} aria-controls="lkj-tampilan">
              {t === "periksa" && galat > 0
                ? `${JUDUL_TAMPILAN[t]} (${formatAngka(galat)})`
                : JUDUL_TAMPILAN[t]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="lkj-tampilan" role="tabpanel" aria-labelledby={`tab-${nav.tampilan}`}>
        <Suspense
          fallback={
            <Spinner className={styles.memuat} size="small" label="Memuat…" role="status" />
          }
        >
          {view(nav.tampilan)}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
