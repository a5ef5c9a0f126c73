// "Periksa": findings of the live validation, grouped by sheet, with counts by
// severity. Clicking a finding selects its cell; quick fixes apply in one write.
// Cell text and messages are rendered as React text, never as HTML.
import { useEffect, useMemo, useState } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatAngka } from "../../core/format/angka";
import { type JumlahTemuan, jumlahTemuan, teksJumlahTemuan } from "../../core/model/ringkasan";
import type { Perbaikan, Temuan, Tingkat } from "../../core/validation/types";
import { terapkanPerbaikan } from "../../office/fixes";
import {
  type LiveState,
  getLiveState,
  periksaSekarang,
  startLiveValidation,
  subscribeLive,
} from "../../office/live-validation";
import { pilihSel } from "../../office/select";

const TINGKAT: Tingkat[] = ["galat", "peringatan", "info"];
const LABEL: Record<Tingkat, string> = { galat: "Galat", peringatan: "Peringatan", info: "Info" };
const WARNA: Record<Tingkat, "danger" | "warning" | "informative"> = {
  galat: "danger",
  peringatan: "warning",
  info: "informative",
};

export type Jumlah = JumlahTemuan;

export interface KelompokLembar {
  lembar: string;
  jumlah: Jumlah;
  temuan: Temuan[];
}

/** Findings grouped by sheet (in order of first appearance), errors first inside a sheet. */
export function kelompokkan(temuan: Temuan[]): KelompokLembar[] {
  const map = new Map<string, KelompokLembar>();
  for (const t of temuan) {
    let k = map.get(t.lembar);
    if (!k) {
      k = { lembar: t.lembar, jumlah: { galat: 0, peringatan: 0, info: 0 }, temuan: [] };
      map.set(t.lembar, k);
    }
    k.jumlah[t.tingkat]++;
    k.temuan.push(t);
  }
  for (const k of map.values()) {
    k.temuan.sort((a, b) => TINGKAT.indexOf(a.tingkat) - TINGKAT.indexOf(b.tingkat));
  }
  return [...map.values()];
}

export function labelPerbaikan(p: Perbaikan): string {
  if (p.label.trim()) return p.label;
  switch (p.jenis) {
    case "angka-dari-teks":
      return "Ubah menjadi angka";
    case "pulihkan-rumus":
      return "Pulihkan rumus";
    case "rapikan-nip":
      return "Rapikan NIP";
    case "ganti-judul":
      return "Ganti judul kolom";
  }
}

export function teksStatus(state: LiveState): string {
  if (state.status === "memeriksa") return "Memeriksa…";
  if (state.status === "aktif") return "Pemeriksaan otomatis aktif";
  return "Pemeriksaan otomatis tidak aktif";
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px" },
  bar: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  counts: { display: "flex", gap: "6px", flexWrap: "wrap" },
  sheet: { display: "flex", flexDirection: "column", gap: "4px" },
  sheetHead: { display: "flex", alignItems: "center", gap: "6px", margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    paddingBottom: "6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  finding: { textAlign: "left", justifyContent: "flex-start", height: "auto", minHeight: "32px" },
  fix: { marginLeft: "8px" },
});

function BadgeJumlah({ jumlah }: { jumlah: Jumlah }): JSX.Element {
  const styles = useStyles();
  return (
    <span className={styles.counts}>
      {TINGKAT.map((t) => (
        <Badge
          key={t}
          color={WARNA[t]}
          appearance={jumlah[t] > 0 ? "filled" : "outline"}
          aria-label={`${formatAngka(jumlah[t])} ${t}`}
        >
          {`${LABEL[t]} ${formatAngka(jumlah[t])}`}
        </Badge>
      ))}
    </span>
  );
}

export function PeriksaView(): JSX.Element {
  const styles = useStyles();
  const [state, setState] = useState<LiveState>(getLiveState);
  const [sibuk, setSibuk] = useState<string | null>(null);
  const [galatAksi, setGalatAksi] = useState<string | null>(null);

  useEffect(() => {
    const unsubscribe = subscribeLive(setState);
    setState(getLiveState());
    // Live validation runs while the pane is loaded; starting it again is harmless.
    if (getLiveState().status === "mati") {
      startLiveValidation().catch(() =>
        setGalatAksi("Pemeriksaan otomatis tidak dapat dimulai. Gunakan tombol Periksa.")
      );
    }
    return unsubscribe;
  }, []);

  const kelompok = useMemo(() => kelompokkan(state.temuan), [state.temuan]);
  const total = useMemo(() => jumlahTemuan(state.temuan), [state.temuan]);

  const periksa = async () => {
    setGalatAksi(null);
    await periksaSekarang();
  };

  const pilih = async (t: Temuan) => {
    setGalatAksi(null);
    try {
      await pilihSel(t.lembar, t.sel);
    } catch {
      setGalatAksi(`Sel ${t.lembar}!${t.sel ?? ""} tidak dapat dipilih.`);
    }
  };

  const perbaiki = async (p: Perbaikan, kunci: string) => {
    setGalatAksi(null);
    setSibuk(kunci);
    try {
      await terapkanPerbaikan(p);
      await periksaSekarang();
    } catch {
      setGalatAksi(`Perbaikan di ${p.sel.sheet}!${p.sel.address} gagal. Coba lagi.`);
    } finally {
      setSibuk(null);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="periksa-judul">
      <Text as="h2" id="periksa-judul" size={500} weight="semibold">
        Periksa Laporan
      </Text>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          onClick={() => void periksa()}
          disabled={state.status === "memeriksa"}
          aria-label="Periksa seluruh laporan sekarang"
        >
          Periksa
        </Button>
        {state.status === "memeriksa" ? <Spinner size="tiny" aria-hidden="true" /> : null}
        <Text role="status" aria-live="polite">
          {teksStatus(state)}
        </Text>
      </div>
      {state.galat ? (
        <MessageBar intent="error">
          <MessageBarBody>{state.galat}</MessageBarBody>
        </MessageBar>
      ) : null}
      {galatAksi ? (
        <MessageBar intent="warning">
          <MessageBarBody>{galatAksi}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.sudahDiperiksa ? (
        <div className={styles.bar} aria-label={`Ringkasan: ${teksJumlahTemuan(total)}`}>
          <BadgeJumlah jumlah={total} />
        </div>
      ) : null}
      {state.sudahDiperiksa && state.temuan.length === 0 ? (
        <Text>Tidak ada temuan. Laporan siap dibagikan.</Text>
      ) : null}
      {kelompok.map((k) => (
        <section key={k.lembar} className={styles.sheet} aria-label={`Lembar ${k.lembar}`}>
          <h3 className={styles.sheetHead}>
            <Text weight="semibold">{k.lembar}</Text>
            <BadgeJumlah jumlah={k.jumlah} />
          </h3>
          <ul className={styles.list}>
            {k.temuan.map((t, i) => {
              const kunci = `${k.lembar}|${t.sel ?? ""}|${t.kode}|${i}`;
              const letak = t.sel ? `${t.sel}` : k.lembar;
              return (
                <li key={kunci} className={styles.item}>
                  <Button
                    appearance="subtle"
                    className={styles.finding}
                    onClick={() => void pilih(t)}
                    aria-label={`${LABEL[t.tingkat]} ${letak} ${t.pesan} (lembar ${k.lembar}; pilih untuk menuju sel)`}
                  >
                    <span>
                      <Badge color={WARNA[t.tingkat]} appearance="tint" size="small">
                        {LABEL[t.tingkat]}
                      </Badge>{" "}
                      <strong>{letak}</strong> {t.pesan}
                    </span>
                  </Button>
                  {t.perbaikan ? (
                    <Button
                      size="small"
                      className={styles.fix}
                      // A check is due: the workbook may have moved since these addresses.
                      disabled={sibuk !== null || state.status === "memeriksa"}
                      onClick={() => void perbaiki(t.perbaikan as Perbaikan, kunci)}
                      aria-label={`${labelPerbaikan(t.perbaikan)} di ${t.perbaikan.sel.sheet}!${t.perbaikan.sel.address}`}
                    >
                      {sibuk === kunci ? "Memperbaiki…" : labelPerbaikan(t.perbaikan)}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
