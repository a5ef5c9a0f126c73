// "Narasi": Buat Narasi writes the narrative into the Narasi sheet after a
// check (errors listed, "Tetap buat narasi" to go on), tells when the tables
// changed since, lists the placeholders still to fill, and gives the text as
// Word (.docx, its module loaded only on first use) or to the clipboard
// ("Salin": HTML + plain text). Every text from the workbook is React text.
// While live validation runs, the stale/edit notice comes from each live check
// (its read includes the Narasi sheet): no read of the view's own per edit.
import { useEffect, useState, useSyncExternalStore } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatAngka } from "../../core/format/angka";
import {
  type NarrativeDocument,
  renderHtml,
  renderMarkdown,
  teksPlaceholder,
} from "../../core/narrative";
import { type JumlahTemuan, jumlahTemuan, teksJumlahTemuan } from "../../core/model/ringkasan";
import type { Temuan } from "../../core/validation/types";
import {
  type LiveSnapshot,
  type LiveState,
  addExtraRead,
  getLiveState,
  isLiveRunning,
  nomorPeriksa,
  periksaLagi,
  subscribeLive,
} from "../../office/live-validation";
import {
  BACAAN_LIVE,
  type HasilBuat,
  type LembarNarasiDibaca,
  type StatusNarasi,
  buatNarasi,
  dokumenNarasi,
  statusNarasi,
  statusNarasiDari,
} from "../../office/narasi";
import { pesanGalat } from "../pesan";

// ---------------------------------------------------------------------------
// State and actions (no React: tested directly)

export type Tahap = "siap" | "memeriksa" | "konfirmasi" | "menulis" | "selesai";

export interface HasilTulis {
  lembarLama: string | null;
  baris: number;
  placeholders: string[];
  jumlahTemuan: JumlahTemuan;
}

export interface KeadaanNarasi {
  tahap: Tahap;
  /** Findings of the last check (shown while asking to go on). */
  temuan: Temuan[];
  hasil: HasilTulis | null;
  status: StatusNarasi | null;
  /** Plain Indonesian error of the last action, null when none. */
  galat: string | null;
  /** Short confirmation of the last Word / Salin action. */
  info: string | null;
  sibuk: "word" | "salin" | null;
}

export const AWAL: KeadaanNarasi = {
  tahap: "siap",
  temuan: [],
  hasil: null,
  status: null,
  galat: null,
  info: null,
  sibuk: null,
};

interface ModulWord {
  docxBlob(doc: NarrativeDocument): Promise<Blob>;
}

interface PapanKlip {
  write(items: unknown[]): Promise<void>;
}

/** What the actions use; tests pass their own. */
export interface Layanan {
  buatNarasi: (opsi: { tetapBuat?: boolean }) => Promise<HasilBuat>;
  statusNarasi: () => Promise<StatusNarasi>;
  dokumenNarasi: () => Promise<NarrativeDocument>;
  muatWord: () => Promise<ModulWord>;
  unduh: (blob: Blob, namaBerkas: string) => void;
  /** navigator.clipboard, or null where the pane has none. */
  papanKlip: () => PapanKlip | null;
  /** new ClipboardItem(...), or null where ClipboardItem is missing. */
  itemPapanKlip: ((data: Record<string, Blob | Promise<Blob>>) => unknown) | null;
}

function unduhBlob(blob: Blob, namaBerkas: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = namaBerkas;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const LAYANAN_EXCEL: Layanan = {
  buatNarasi: (opsi) => buatNarasi(opsi),
  statusNarasi,
  dokumenNarasi: () => dokumenNarasi(),
  muatWord: () => import(/* webpackChunkName: "word" */ "../../export/docx"),
  unduh: unduhBlob,
  papanKlip: () =>
    typeof navigator !== "undefined" && navigator.clipboard && "write" in navigator.clipboard
      ? (navigator.clipboard as unknown as PapanKlip)
      : null,
  itemPapanKlip:
    typeof ClipboardItem === "undefined"
      ? null
      : (data) => new ClipboardItem(data as Record<string, Blob | Promise<Blob>>),
};

function judulKata(kata: string): string {
  if (/^[IVXLCDM]+$/.test(kata)) return kata;
  return kata.charAt(0).toUpperCase() + kata.slice(1).toLowerCase();
}

const UNIT =
  /^(KECAMATAN|KELURAHAN|DESA|DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN|RSUD|PUSKESMAS|BAGIAN|UPT)\b/i;

/** "LKj-Triwulan-III-2023-Kecamatan-Tempeh.docx": period and unit, safe in any file system. */
export function namaBerkasWord(doc: NarrativeDocument): string {
  const periode = doc.judul.replace(/^\s*LAPORAN\s+KINERJA\s*/i, "").replace(/\bTAHUN\b/gi, " ");
  const sub = doc.subjudul ?? [];
  const unit = sub.find((s) => UNIT.test(s.trim())) ?? "";
  const kata = `${periode} ${unit}`
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(judulKata);
  return `${["LKj", ...kata].join("-")}.docx`;
}

type Setel = (ubah: (k: KeadaanNarasi) => KeadaanNarasi) => void;

/** The view's actions over a state store; each catches its errors into `galat`. */
export class AksiNarasi {
  private statusBerjalan: Promise<void> | null = null;
  private statusLagi = false;
  /** Live checks numbered up to this one may have read before the last write here. */
  private lamaSampai = 0;
  private snapshotDipakai: LiveSnapshot | null = null;

  constructor(
    private readonly setel: Setel,
    private readonly layanan: Layanan = LAYANAN_EXCEL
  ) {}

  /**
   * While the view is shown: with live validation running, the status follows
   * each check, whose read includes the Narasi sheet (BACAAN_LIVE); without
   * it, one read of its own, as the notice needs. Returns the stop function.
   */
  pantau(): () => void {
    const lepas = addExtraRead(BACAAN_LIVE);
    const berhenti = subscribeLive((s) => this.dariLive(s));
    if (!isLiveRunning()) void this.perbaruiStatus();
    // A check from before the extra read has no Narasi sheet: ask for one.
    else if (!this.dariLive(getLiveState())) periksaLagi();
    return () => {
      berhenti();
      lepas();
    };
  }

  /** Takes the status from a live check's snapshot; false when it has none that is current. */
  dariLive(s: LiveState): boolean {
    const snap = s.snapshot;
    const lembar = snap?.extra.get(BACAAN_LIVE.key) as LembarNarasiDibaca | undefined;
    if (!snap || !lembar || snap.nomor <= this.lamaSampai) return false;
    if (snap !== this.snapshotDipakai) {
      this.snapshotDipakai = snap;
      const status = statusNarasiDari(snap.model, lembar);
      this.setel((k) => ({ ...k, status }));
    }
    return true;
  }

  /** The pane got the focus back: what raised no change event (a sheet deleted) is seen. */
  segarkan(): void {
    if (isLiveRunning()) periksaLagi();
    else void this.perbaruiStatus();
  }

  /** Reads whether the Narasi sheet exists / is out of date; coalesces calls in flight. */
  async perbaruiStatus(): Promise<void> {
    if (this.statusBerjalan) {
      this.statusLagi = true;
      return this.statusBerjalan;
    }
    const jalan = async () => {
      do {
        this.statusLagi = false;
        try {
          const status = await this.layanan.statusNarasi();
          this.setel((k) => ({ ...k, status }));
        } catch {
          // The status is a hint only; the next action reports real errors.
        }
      } while (this.statusLagi);
    };
    this.statusBerjalan = jalan().finally(() => {
      this.statusBerjalan = null;
    });
    return this.statusBerjalan;
  }

  async buat(tetapBuat = false): Promise<void> {
    this.setel((k) => ({
      ...k,
      tahap: tetapBuat ? "menulis" : "memeriksa",
      galat: null,
      info: null,
    }));
    try {
      const sebelum = nomorPeriksa();
      const r = await this.layanan.buatNarasi({ tetapBuat });
      if (r.status === "perlu-konfirmasi") {
        this.setel((k) => ({ ...k, tahap: "konfirmasi", temuan: r.temuan }));
        return;
      }
      // Just written from the current tables: current and unedited, no need to
      // read again. Live checks started before now may have read the sheet
      // before this write (it raises no event): their snapshots are passed over.
      this.lamaSampai = nomorPeriksa();
      // A check that ran during the write is passed over, yet it was for a user's
      // edit, possibly one made after the write read the tables: check once more.
      if (this.lamaSampai > sebelum && isLiveRunning()) periksaLagi();
      const status: StatusNarasi = {
        ada: true,
        dariAddin: true,
        mutakhir: true,
        diubah: false,
        sumber: r.doc.sumber,
        sidikSekarang: r.doc.sumber,
        syncs: 0,
      };
      this.setel((k) => ({
        ...k,
        tahap: "selesai",
        status,
        temuan: r.temuan,
        hasil: {
          lembarLama: r.lembarLama,
          baris: r.baris,
          placeholders: r.placeholders,
          jumlahTemuan: jumlahTemuan(r.temuan),
        },
      }));
    } catch (e) {
      this.setel((k) => ({
        ...k,
        tahap: k.hasil ? "selesai" : "siap",
        galat: pesanGalat(e, "Buat Narasi"),
      }));
    }
  }

  batal(): void {
    this.setel((k) => ({ ...k, tahap: k.hasil ? "selesai" : "siap", temuan: [] }));
  }

  async unduhWord(): Promise<void> {
    this.setel((k) => ({ ...k, sibuk: "word", galat: null, info: null }));
    try {
      const [doc, word] = await Promise.all([
        this.layanan.dokumenNarasi(),
        this.layanan.muatWord(),
      ]);
      const blob = await word.docxBlob(doc);
      const nama = namaBerkasWord(doc);
      this.layanan.unduh(blob, nama);
      this.setel((k) => ({ ...k, sibuk: null, info: `Berkas ${nama} diunduh.` }));
    } catch (e) {
      this.setel((k) => ({ ...k, sibuk: null, galat: pesanGalat(e, "Unduh Word") }));
    }
  }

  /**
   * Copies the narrative as rich text (HTML) and plain text. The clipboard
   * write starts at once, with the text still being read, because browsers
   * allow it only right after the click.
   */
  async salin(): Promise<void> {
    const clip = this.layanan.papanKlip();
    const buatItem = this.layanan.itemPapanKlip;
    const TOLAK =
      "Papan klip tidak diizinkan di panel ini. Gunakan Unduh Word (.docx), atau salin langsung dari lembar Narasi.";
    if (!clip || !buatItem) {
      this.setel((k) => ({ ...k, galat: TOLAK, info: null }));
      return;
    }
    this.setel((k) => ({ ...k, sibuk: "salin", galat: null, info: null }));
    const doc = this.layanan.dokumenNarasi();
    const html = doc.then((d) => new Blob([renderHtml(d)], { type: "text/html" }));
    const teks = doc.then((d) => new Blob([renderMarkdown(d)], { type: "text/plain" }));
    // Nothing is left unhandled if the read fails before the write looks at them.
    html.catch(() => undefined);
    teks.catch(() => undefined);
    try {
      try {
        await clip.write([buatItem({ "text/html": html, "text/plain": teks })]);
      } catch (e) {
        // Hosts whose ClipboardItem takes no promises: write the ready blobs.
        if (!(e instanceof TypeError)) throw e;
        const [h, t] = await Promise.all([html, teks]);
        await clip.write([buatItem({ "text/html": h, "text/plain": t })]);
      }
      await doc;
      this.setel((k) => ({
        ...k,
        sibuk: null,
        info: "Narasi disalin. Tempel di Word dengan Ctrl+V.",
      }));
    } catch (e) {
      const dariExcel = await doc.then(
        () => false,
        () => true
      );
      this.setel((k) => ({
        ...k,
        sibuk: null,
        galat: dariExcel ? pesanGalat(e, "Salin") : TOLAK,
      }));
    }
  }
}

// ---------------------------------------------------------------------------
// View

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px" },
  bar: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "2px" },
  isian: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    paddingLeft: "2px",
    paddingRight: "2px",
  },
});

const MAKS_TEMUAN = 20;

export interface PanelProps {
  keadaan: KeadaanNarasi;
  onBuat: () => void;
  onTetapBuat: () => void;
  onBatal: () => void;
  onUnduh: () => void;
  onSalin: () => void;
}

function teksTahap(k: KeadaanNarasi): string {
  if (k.tahap === "memeriksa") return "Memeriksa laporan…";
  if (k.tahap === "menulis") return "Menulis lembar Narasi…";
  if (k.sibuk === "word") return "Menyiapkan berkas Word…";
  if (k.sibuk === "salin") return "Menyalin narasi…";
  return "";
}

/** The Narasi view for a given state (pure rendering). */
export function NarasiPanel({
  keadaan: k,
  onBuat,
  onTetapBuat,
  onBatal,
  onUnduh,
  onSalin,
}: PanelProps): JSX.Element {
  const styles = useStyles();
  const bekerja = k.tahap === "memeriksa" || k.tahap === "menulis";
  const sibuk = bekerja || k.sibuk !== null;
  const galatSaja = k.temuan.filter((t) => t.tingkat === "galat");
  const jumlah = jumlahTemuan(k.temuan);
  const st = k.status;
  const status = teksTahap(k);
  return (
    <section className={styles.root} aria-labelledby="narasi-judul">
      <Text as="h2" id="narasi-judul" size={500} weight="semibold">
        Narasi Laporan
      </Text>
      <Text>
        Narasi BAB disusun dari tabel laporan dan ditulis ke lembar Narasi. Laporan diperiksa lebih
        dahulu.
      </Text>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          onClick={onBuat}
          disabled={sibuk || k.tahap === "konfirmasi"}
          aria-label="Buat Narasi: periksa laporan lalu tulis lembar Narasi"
        >
          Buat Narasi
        </Button>
        {sibuk ? <Spinner size="tiny" aria-hidden="true" /> : null}
        <Text role="status" aria-live="polite">
          {status}
        </Text>
      </div>

      {k.galat ? (
        <MessageBar intent="error">
          <MessageBarBody>{k.galat}</MessageBarBody>
        </MessageBar>
      ) : null}
      {k.info ? (
        <MessageBar intent="success">
          <MessageBarBody>{k.info}</MessageBarBody>
        </MessageBar>
      ) : null}

      {st && st.ada && st.mutakhir === false && !bekerja ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Narasi sudah tidak mutakhir</MessageBarTitle>
            Tabel laporan berubah sejak lembar Narasi dibuat. Klik Buat Narasi untuk memperbaruinya.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {st && st.ada && st.diubah && !bekerja && k.tahap !== "selesai" ? (
        <MessageBar intent="info">
          <MessageBarBody>
            Teks di lembar Narasi telah diubah. Bila narasi dibuat ulang, versi Anda disimpan
            sebagai lembar tersendiri.
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {k.tahap === "konfirmasi" ? (
        <section aria-labelledby="narasi-temuan" className={styles.root}>
          <Text as="h3" id="narasi-temuan" weight="semibold">
            {`Pemeriksaan menemukan ${teksJumlahTemuan(jumlah)}`}
          </Text>
          <Text>
            Narasi dari data yang masih salah akan ikut salah. Perbaiki dulu di tampilan Periksa,
            atau tetap buat narasi sekarang.
          </Text>
          <ul className={styles.list} aria-label="Galat yang ditemukan">
            {galatSaja.slice(0, MAKS_TEMUAN).map((t, i) => (
              <li key={`${t.lembar}|${t.sel ?? ""}|${t.kode}|${i}`}>
                <Badge color="danger" appearance="tint" size="small">
                  Galat
                </Badge>{" "}
                <strong>{t.sel ? `${t.lembar}!${t.sel}` : t.lembar}</strong> {t.pesan}
              </li>
            ))}
          </ul>
          {galatSaja.length > MAKS_TEMUAN ? (
            <Text>{`dan ${formatAngka(galatSaja.length - MAKS_TEMUAN)} galat lainnya`}</Text>
          ) : null}
          <div className={styles.bar}>
            <Button appearance="primary" onClick={onTetapBuat}>
              Tetap buat narasi
            </Button>
            <Button onClick={onBatal}>Batal</Button>
          </div>
        </section>
      ) : null}

      {k.tahap === "selesai" && k.hasil ? (
        <section aria-labelledby="narasi-hasil" className={styles.root}>
          <Text as="h3" id="narasi-hasil" weight="semibold">
            {`Lembar Narasi ditulis (${formatAngka(k.hasil.baris)} baris)`}
          </Text>
          {k.hasil.jumlahTemuan.galat > 0 ? (
            <Text>{`Dibuat walau ada ${formatAngka(k.hasil.jumlahTemuan.galat)} galat.`}</Text>
          ) : null}
          {k.hasil.lembarLama ? (
            <MessageBar intent="info">
              <MessageBarBody>
                {`Teks yang Anda ubah di lembar Narasi disimpan di lembar "${k.hasil.lembarLama}".`}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {k.hasil.placeholders.length > 0 ? (
            <>
              <Text>
                {`${formatAngka(k.hasil.placeholders.length)} isian perlu dilengkapi (ditandai kuning di lembar Narasi):`}
              </Text>
              <ul className={styles.list} aria-label="Isian yang perlu dilengkapi">
                {k.hasil.placeholders.map((p) => (
                  <li key={p}>
                    <span className={styles.isian}>{teksPlaceholder(p)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Text>Tidak ada isian yang perlu dilengkapi.</Text>
          )}
        </section>
      ) : null}

      <div className={styles.bar}>
        <Button
          onClick={onUnduh}
          disabled={sibuk}
          aria-label="Unduh Word (.docx): narasi sebagai dokumen Word"
        >
          Unduh Word (.docx)
        </Button>
        <Button
          onClick={onSalin}
          disabled={sibuk}
          aria-label="Salin: narasi ke papan klip untuk ditempel di Word"
        >
          Salin
        </Button>
      </div>
    </section>
  );
}

// The state outlives the view (switching tabs keeps the last result).
let keadaan: KeadaanNarasi = AWAL;
const pendengar = new Set<() => void>();
const setel: Setel = (ubah) => {
  keadaan = ubah(keadaan);
  for (const p of pendengar) p();
};
const berlangganan = (p: () => void) => {
  pendengar.add(p);
  return () => pendengar.delete(p);
};
let aksi: AksiNarasi | null = null;

/** Back to the first state (tests). */
export function resetNarasiView(layanan: Layanan = LAYANAN_EXCEL): void {
  keadaan = AWAL;
  aksi = new AksiNarasi(setel, layanan);
}

export function NarasiView(): JSX.Element {
  const k = useSyncExternalStore(
    berlangganan,
    () => keadaan,
    () => keadaan
  );
  const [a] = useState(() => (aksi ??= new AksiNarasi(setel)));
  useEffect(() => {
    const berhenti = a.pantau();
    // Back to the pane from the grid, only while there is a Narasi sheet to be
    // out of date: a deleted or renamed sheet raises no change event.
    // Shown again, the pane gets "focus" and "visibilitychange" together: one refresh.
    let tertunda: ReturnType<typeof setTimeout> | null = null;
    const segarkan = () => {
      if (tertunda !== null) return;
      tertunda = setTimeout(() => {
        tertunda = null;
        if (keadaan.status?.ada) a.segarkan();
      }, 100);
    };
    const terlihat = () => {
      if (document.visibilityState === "visible") segarkan();
    };
    window.addEventListener("focus", segarkan);
    document.addEventListener("visibilitychange", terlihat);
    return () => {
      berhenti();
      if (tertunda !== null) clearTimeout(tertunda);
      window.removeEventListener("focus", segarkan);
      document.removeEventListener("visibilitychange", terlihat);
    };
  }, [a]);
  return (
    <NarasiPanel
      keadaan={k}
      onBuat={() => void a.buat(false)}
      onTetapBuat={() => void a.buat(true)}
      onBatal={() => a.batal()}
      onUnduh={() => void a.unduhWord()}
      onSalin={() => void a.salin()}
    />
  );
}
