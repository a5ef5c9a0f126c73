// "Siapkan Lembar": a short form (Jenis Laporan, Periode, Tahun, Skala Predikat,
// optionally an example to fill with) that runs scaffold() on the open
// workbook. scaffold() only adds what is missing and never overwrites a filled
// cell, so running it again is safe. Lazy chunk: it brings the template and the
// example reports.
import { useId, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { EXAMPLES } from "../../core/examples";
import type { ExampleReport } from "../../core/examples/types";
import type { JenisLaporan, Triwulan } from "../../core/types";
import { type ScaffoldOptions, type ScaffoldResult, scaffold } from "../../office/scaffold";
import { periksaBilaAktif } from "../../office/live-validation";
import { navigasi } from "../navigation";
import { pesanGalat } from "../pesan";
import {
  type FormSiapkan,
  type RingkasanSiapkan,
  KETERANGAN_SKALA,
  LABEL_PERIODE,
  TAHUN_MAX,
  TAHUN_MIN,
  cekTahun,
  contohUntuk,
  formAwal,
  gantiJenis,
  isiDariContoh,
  keOpsi,
  pilihanSkala,
  ringkasHasil,
} from "../siapkan-form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px" },
  form: { display: "flex", flexDirection: "column", gap: "12px" },
  bar: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: "18px" },
  h2: { margin: 0 },
  // A long example title must not widen the select past the pane.
  control: { width: "100%", maxWidth: "100%", minWidth: 0 },
});

export interface SiapkanViewProps {
  /** Form values to start with (tests); default: today's year and quarter. */
  awal?: FormSiapkan;
  /** Example reports offered (default: the built-in EXAMPLES). */
  contoh?: readonly ExampleReport[];
  /** The scaffold writer (default: office/scaffold). */
  jalankan?: (opts: ScaffoldOptions) => Promise<ScaffoldResult>;
}

type Keadaan =
  | { jenis: "diam" }
  | { jenis: "bekerja" }
  | { jenis: "selesai"; ringkasan: RingkasanSiapkan }
  | { jenis: "galat"; pesan: string };

export function SiapkanView({
  awal,
  contoh = EXAMPLES,
  jalankan = scaffold,
}: SiapkanViewProps): JSX.Element {
  const styles = useStyles();
  const id = useId();
  const [form, setForm] = useState<FormSiapkan>(() => awal ?? formAwal(new Date()));
  const [keadaan, setKeadaan] = useState<Keadaan>({ jenis: "diam" });
  const [tahunDisentuh, setTahunDisentuh] = useState(false);

  const tahun = cekTahun(form.tahun);
  const pilihanContoh = contohUntuk(contoh, form.jenis);
  const bekerja = keadaan.jenis === "bekerja";

  const kirim = async () => {
    setTahunDisentuh(true);
    const opsi = keOpsi(form, contoh);
    if (!opsi.ok) {
      setKeadaan({ jenis: "galat", pesan: opsi.pesan });
      return;
    }
    setKeadaan({ jenis: "bekerja" });
    try {
      const hasil = await jalankan(opsi.value);
      setKeadaan({ jenis: "selesai", ringkasan: ringkasHasil(hasil) });
      periksaBilaAktif();
    } catch (error) {
      setKeadaan({ jenis: "galat", pesan: pesanGalat(error, "Siapkan Lembar") });
    }
  };

  return (
    <section className={styles.root} aria-labelledby={`${id}-judul`}>
      <Text as="h2" id={`${id}-judul`} size={500} weight="semibold" className={styles.h2}>
        Siapkan Lembar
      </Text>
      <Text>
        Menambahkan lembar, tabel, kolom dan rumus LKj yang belum ada. Isian yang sudah ada tidak
        diubah, jadi perintah ini aman dijalankan ulang.
      </Text>
      <form
        className={styles.form}
        aria-label="Pengaturan laporan"
        onSubmit={(e) => {
          e.preventDefault();
          void kirim();
        }}
      >
        <Field label="Jenis Laporan">
          <RadioGroup
            layout="horizontal"
            value={form.jenis}
            disabled={bekerja}
            onChange={(_e, d) => setForm((f) => gantiJenis(f, d.value as JenisLaporan, contoh))}
          >
            <Radio value="Triwulan" label="Triwulan" />
            <Radio value="Tahunan" label="Tahunan" />
          </RadioGroup>
        </Field>
        {form.jenis === "Triwulan" ? (
          <Field label="Periode">
            <Select
              className={styles.control}
              value={String(form.periode)}
              disabled={bekerja}
              onChange={(_e, d) => setForm((f) => ({ ...f, periode: Number(d.value) as Triwulan }))}
            >
              {([1, 2, 3, 4] as const).map((tw) => (
                <option key={tw} value={tw}>
                  {LABEL_PERIODE[tw]}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field
          label="Tahun"
          required
          validationState={tahunDisentuh && !tahun.ok ? "error" : "none"}
          validationMessage={tahunDisentuh && !tahun.ok ? tahun.pesan : undefined}
        >
          <Input
            className={styles.control}
            type="number"
            inputMode="numeric"
            min={TAHUN_MIN}
            max={TAHUN_MAX}
            value={form.tahun}
            disabled={bekerja}
            onChange={(_e, d) => {
              setTahunDisentuh(true);
              setForm((f) => ({ ...f, tahun: d.value }));
            }}
          />
        </Field>
        <Field label="Skala Predikat" hint={KETERANGAN_SKALA[form.skala]}>
          <Select
            className={styles.control}
            value={form.skala}
            disabled={bekerja}
            onChange={(_e, d) => setForm((f) => ({ ...f, skala: d.value }))}
          >
            {pilihanSkala().map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Isi dengan contoh"
          hint={
            pilihanContoh.length === 0
              ? `Belum ada contoh laporan ${form.jenis}.`
              : "Opsional: tabel yang baru dibuat diisi dengan laporan contoh."
          }
        >
          <Select
            className={styles.control}
            value={form.contoh}
            disabled={bekerja || pilihanContoh.length === 0}
            onChange={(_e, d) =>
              setForm((f) =>
                isiDariContoh(
                  f,
                  contoh.find((e) => e.id === d.value)
                )
              )
            }
          >
            <option value="">Tanpa contoh (lembar kosong)</option>
            {pilihanContoh.map((e) => (
              <option key={e.id} value={e.id}>
                {e.judul}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.bar}>
          <Button type="submit" appearance="primary" disabled={bekerja}>
            Siapkan Lembar
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {bekerja ? <Spinner size="small" label="Menyiapkan lembar…" /> : null}
        {keadaan.jenis === "selesai" ? (
          <MessageBar
            intent={keadaan.ringkasan.tertahan ? "warning" : "success"}
            layout="multiline"
          >
            <MessageBarBody>
              <MessageBarTitle>
                {keadaan.ringkasan.tertahan
                  ? "Lembar disiapkan, tetapi ada yang belum dapat ditambahkan."
                  : "Lembar siap."}
              </MessageBarTitle>
              <ul className={styles.list} aria-label="Hasil Siapkan Lembar">
                {keadaan.ringkasan.baris.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {keadaan.jenis === "galat" ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{keadaan.pesan}</MessageBarBody>
        </MessageBar>
      ) : null}
      {keadaan.jenis === "selesai" ? (
        <div className={styles.bar}>
          <Button onClick={() => navigasi("beranda")}>Lihat Beranda</Button>
          <Button onClick={() => navigasi("periksa")}>Periksa Laporan</Button>
        </div>
      ) : null}
    </section>
  );
}
