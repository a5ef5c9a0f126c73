// "Beranda": the report's state (contract sheets and how filled they are, the
// Profil's Jenis Laporan / Periode / Tahun, findings by severity), and the
// actions. While live validation runs the state is its last check's snapshot,
// kept current by every check (no read of its own); otherwise one read of its
// own. "Bagikan tanpa add-in" always asks first: it turns the LKJ formulas into
// ordinary Excel formulas.
import { useEffect, useId, useMemo, useState } from "react";
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatAngka } from "../../core/format/angka";
import { type StatusLaporan, statusLaporan, teksJumlahTemuan } from "../../core/model/ringkasan";
import { romawi } from "../../core/format/tanggal";
import { type HasilStatus, bacaStatusLaporan } from "../../office/status";
import {
  type LiveSnapshot,
  type LiveState,
  getLiveState,
  isLiveRunning,
  periksaSekarang,
  subscribeLive,
  whenIdle,
} from "../../office/live-validation";
import { navigasi, tutupKonfirmasi } from "../navigation";
import { pesanGalat } from "../pesan";

export interface HasilBagikan {
  diganti: number;
  dijadikanNilai: number;
  lembar: string[];
  syncs: number;
}

export interface HasilKembalikan {
  dikembalikan: number;
  syncs: number;
}

export interface BerandaViewProps {
  /** The share confirmation is open (ribbon "Bagikan tanpa add-in"). */
  konfirmasi?: boolean;
  /** Readers and writers (tests pass their own; default: the Office.js shells). */
  baca?: () => Promise<HasilStatus>;
  bagikan?: () => Promise<HasilBagikan>;
  kembalikan?: () => Promise<HasilKembalikan>;
}

// The share writer is loaded when first used: most sessions never share.
const bagikanBawaan = async (): Promise<HasilBagikan> =>
  (await import(/* webpackChunkName: "bagikan" */ "../../office/share")).bagikanTanpaAddin();
const kembalikanBawaan = async (): Promise<HasilKembalikan> =>
  (await import(/* webpackChunkName: "bagikan" */ "../../office/share")).kembalikanRumusLkj();
const bacaBawaan = (): Promise<HasilStatus> => bacaStatusLaporan();

export interface KeadaanBeranda {
  status: StatusLaporan | null;
  memuat: boolean;
  /** Plain Indonesian error of the last read or action, null when none. */
  galat: string | null;
}

export const AWAL_BERANDA: KeadaanBeranda = { status: null, memuat: true, galat: null };

/**
 * Where Beranda's state comes from (no React: tested directly). While live
 * validation runs: the snapshot of its last check, replaced after every check,
 * with no read of its own; "Muat ulang" and the re-check after an own write run
 * a live check. Otherwise (not started, or its start failed): one read of its
 * own (`baca`), as before.
 */
export class SumberBeranda {
  private dipakai: LiveSnapshot | null = null;
  private aktif = false;

  constructor(
    private readonly setel: (ubah: Partial<KeadaanBeranda>) => void,
    private readonly baca: () => Promise<HasilStatus> = bacaBawaan
  ) {}

  /** From mount to unmount; returns the stop function. */
  mulai(): () => void {
    this.aktif = true;
    const berhenti = subscribeLive((s) => this.dariLive(s));
    // The App starts live validation in its own effect, which runs after this
    // one (children first): decide once it has.
    queueMicrotask(() => {
      if (this.aktif) void this.muat(false);
    });
    return () => {
      this.aktif = false;
      berhenti();
    };
  }

  /**
   * Shows the state: with live validation, its last check once none is due
   * (`periksa`: a new check first, after a write or for "Muat ulang"); else,
   * or when live validation has no good check to give, a read of its own.
   */
  async muat(periksa = true): Promise<void> {
    if (isLiveRunning()) {
      this.setel({ memuat: true, galat: null });
      await (periksa ? periksaSekarang() : whenIdle());
      if (!this.aktif) return;
      const s = getLiveState();
      if (s.snapshot && s.cause === null) {
        this.dariLive(s);
        this.setel({ memuat: false });
        return;
      }
      if (periksa && s.cause !== null) {
        this.setel({ memuat: false, galat: pesanGalat(s.cause, "Membaca laporan") });
        return;
      }
    }
    await this.bacaSendiri();
  }

  private dariLive(s: LiveState): void {
    // A check under way may be reading after an own write: wait for its snapshot.
    if (!this.aktif || s.status === "memeriksa") return;
    // A failed check: what is shown is from before it, so say so (Periksa says it too).
    if (s.cause !== null) {
      this.setel({ galat: pesanGalat(s.cause, "Membaca laporan") });
      return;
    }
    if (!s.snapshot || s.snapshot === this.dipakai) return;
    this.dipakai = s.snapshot;
    // A good check after a failed read: the state is current, the old error is not.
    this.setel({ status: statusLaporan(s.snapshot.model, s.snapshot.temuan), galat: null });
  }

  private async bacaSendiri(): Promise<void> {
    this.setel({ memuat: true, galat: null });
    try {
      const h = await this.baca();
      if (this.aktif) this.setel({ status: h.status });
    } catch (error) {
      if (this.aktif) this.setel({ galat: pesanGalat(error, "Membaca laporan") });
    } finally {
      if (this.aktif) this.setel({ memuat: false });
    }
  }
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px" },
  bar: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  dl: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: "12px",
    rowGap: "2px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  item: { display: "flex", alignItems: "center", gap: "6px" },
  h3: { margin: 0 },
  h2: { margin: 0 },
});

const BADGE: Record<
  StatusLaporan["lembar"][number]["keadaan"],
  { teks: string; warna: "success" | "warning" | "subtle" }
> = {
  ada: { teks: "Ada", warna: "success" },
  "tanpa-tabel": { teks: "Tanpa tabel", warna: "warning" },
  "tidak-ada": { teks: "Belum ada", warna: "subtle" },
};

function kosongJadiStrip(v: string | number | null): string {
  return v === null || v === "" ? "–" : String(v);
}

export function teksBagikan(h: HasilBagikan): string {
  if (h.diganti === 0 && h.dijadikanNilai === 0) {
    return "Tidak ada rumus LKJ di buku kerja ini; tidak ada yang diubah.";
  }
  const bagian = [`${formatAngka(h.diganti)} rumus LKJ diganti dengan rumus Excel biasa`];
  if (h.dijadikanNilai > 0) {
    bagian.push(`${formatAngka(h.dijadikanNilai)} sel dijadikan nilai`);
  }
  const di = h.lembar.length > 0 ? ` di lembar ${h.lembar.join(", ")}` : "";
  return `${bagian.join(", ")}${di}. Buku kerja kini dapat dibuka tanpa add-in LKj.`;
}

export function teksKembalikan(h: HasilKembalikan): string {
  return h.dikembalikan === 0
    ? "Tidak ada rumus yang perlu dikembalikan."
    : `${formatAngka(h.dikembalikan)} rumus dikembalikan menjadi rumus LKJ.`;
}

export function BerandaView({
  konfirmasi = false,
  baca = bacaBawaan,
  bagikan = bagikanBawaan,
  kembalikan = kembalikanBawaan,
}: BerandaViewProps): JSX.Element {
  const styles = useStyles();
  const id = useId();
  const [keadaan, setKeadaan] = useState<KeadaanBeranda>(AWAL_BERANDA);
  const [pesan, setPesan] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState<null | "bagikan" | "kembalikan">(null);
  const [dialog, setDialog] = useState(konfirmasi);
  const sumber = useMemo(
    () => new SumberBeranda((ubah) => setKeadaan((k) => ({ ...k, ...ubah })), baca),
    [baca]
  );
  const { status, memuat, galat } = keadaan;
  // An action's failure is kept apart from the read's: the re-read that follows
  // every action clears its own error, not the action's.
  const [galatTindakan, setGalatTindakan] = useState<string | null>(null);

  useEffect(() => {
    if (konfirmasi) setDialog(true);
  }, [konfirmasi]);

  useEffect(() => sumber.mulai(), [sumber]);

  const tutupDialog = () => {
    setDialog(false);
    tutupKonfirmasi();
  };

  const jalankanBagikan = async () => {
    tutupDialog();
    setSibuk("bagikan");
    setPesan(null);
    setGalatTindakan(null);
    try {
      setPesan(teksBagikan(await bagikan()));
    } catch (error) {
      // Excel applies a batch up to the step it refuses: part may be converted already.
      setGalatTindakan(
        `${pesanGalat(error, "Bagikan tanpa add-in")} Sebagian rumus mungkin sudah diganti: jalankan Bagikan lagi untuk menyelesaikannya, atau Kembalikan rumus LKJ untuk membatalkannya.`
      );
    } finally {
      setSibuk(null);
    }
    // Written with events off: a new check (or read) shows the state now.
    await sumber.muat();
  };

  const jalankanKembalikan = async () => {
    setSibuk("kembalikan");
    setPesan(null);
    setGalatTindakan(null);
    try {
      setPesan(teksKembalikan(await kembalikan()));
    } catch (error) {
      setGalatTindakan(
        `${pesanGalat(error, "Kembalikan rumus LKJ")} Sebagian rumus mungkin sudah dikembalikan: jalankan Kembalikan lagi untuk menyelesaikannya.`
      );
    } finally {
      setSibuk(null);
    }
    await sumber.muat();
  };

  const t = status?.temuan;
  return (
    <section className={styles.root} aria-labelledby={`${id}-judul`}>
      <div className={styles.bar}>
        <Text as="h2" id={`${id}-judul`} size={500} weight="semibold" className={styles.h2}>
          Beranda
        </Text>
        <Button size="small" onClick={() => void sumber.muat()} disabled={memuat}>
          Muat ulang
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {memuat ? <Spinner size="tiny" label="Membaca laporan…" labelPosition="after" /> : null}
        {pesan ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{pesan}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {galatTindakan ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{galatTindakan}</MessageBarBody>
        </MessageBar>
      ) : null}
      {galat ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{galat}</MessageBarBody>
        </MessageBar>
      ) : null}

      {status ? (
        <>
          {status.kosong ? null : (
            <>
              <Text as="h3" size={400} weight="semibold" className={styles.h3}>
                {status.judul}
              </Text>
              <dl className={styles.dl} aria-label="Pengaturan di lembar Profil">
                <dt className={styles.dt}>Jenis Laporan</dt>
                <dd className={styles.dd}>{kosongJadiStrip(status.jenis)}</dd>
                {status.jenisDipakai === "Triwulan" ? (
                  <>
                    <dt className={styles.dt}>Periode</dt>
                    <dd className={styles.dd}>
                      {status.periode === null ? "–" : `Triwulan ${romawi(status.periode)}`}
                    </dd>
                  </>
                ) : null}
                <dt className={styles.dt}>Tahun</dt>
                <dd className={styles.dd}>{kosongJadiStrip(status.tahun)}</dd>
              </dl>
            </>
          )}
          {status.kosong ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                Buku kerja ini belum memuat lembar LKj. Mulai dengan Siapkan Lembar.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <section aria-label="Lembar laporan">
            <ul className={styles.list}>
              {status.lembar.map((l) => (
                <li key={l.tabel} className={styles.item}>
                  <Badge appearance="tint" color={BADGE[l.keadaan].warna} size="small">
                    {BADGE[l.keadaan].teks}
                  </Badge>
                  <Text>{l.teks}</Text>
                </li>
              ))}
            </ul>
          </section>
          {t ? (
            <Text aria-label={`Temuan: ${teksJumlahTemuan(t)}`}>
              {`Temuan pemeriksaan: ${teksJumlahTemuan(t)}`}
            </Text>
          ) : null}
        </>
      ) : null}

      <section aria-label="Tindakan" className={styles.actions}>
        <Button appearance="primary" onClick={() => navigasi("siapkan")}>
          Siapkan Lembar
        </Button>
        <Button onClick={() => navigasi("periksa")}>Periksa</Button>
        <Button onClick={() => navigasi("narasi")}>Buat Narasi</Button>
        <Button onClick={() => setDialog(true)} disabled={sibuk !== null}>
          {sibuk === "bagikan" ? "Membagikan…" : "Bagikan tanpa add-in"}
        </Button>
        <Button onClick={() => void jalankanKembalikan()} disabled={sibuk !== null}>
          {sibuk === "kembalikan" ? "Mengembalikan…" : "Kembalikan rumus LKJ"}
        </Button>
      </section>

      <Dialog open={dialog} onOpenChange={(_e, d) => (d.open ? setDialog(true) : tutupDialog())}>
        <DialogSurface aria-describedby={`${id}-bagikan`}>
          <DialogBody>
            <DialogTitle>Bagikan tanpa add-in?</DialogTitle>
            <DialogContent id={`${id}-bagikan`}>
              Rumus LKJ (misalnya LKJ.CAPAIAN dan LKJ.PREDIKAT) diganti dengan rumus Excel biasa
              yang hasilnya sama, agar buku kerja dapat dibuka dan dihitung di komputer tanpa add-in
              LKj. Rumus yang tidak punya padanan dijadikan nilai. Anda dapat mengembalikannya nanti
              dengan Kembalikan rumus LKJ.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void jalankanBagikan()}>
                Ya, ganti rumus
              </Button>
              <Button onClick={tutupDialog}>Batal</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
