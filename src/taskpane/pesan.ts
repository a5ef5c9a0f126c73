// Excel and runtime errors as one plain Indonesian sentence for the pane.
// Never a stack trace or raw error text: the user cannot act on those.

const PER_KODE: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel sedang menunggu isian sel. Tekan Enter atau Esc di sel yang sedang diedit, lalu coba lagi.",
  ItemAlreadyExists:
    "Sudah ada lembar, tabel atau nama dengan nama yang sama. Ganti nama yang bentrok, lalu coba lagi.",
  ItemNotFound:
    "Lembar atau tabel yang dicari tidak ditemukan; mungkin baru saja diganti namanya atau dihapus. Coba lagi.",
  AccessDenied: "Buku kerja atau lembar terkunci (diproteksi). Buka proteksinya, lalu coba lagi.",
  WorkbookProtected: "Struktur buku kerja diproteksi. Buka proteksinya, lalu coba lagi.",
  InsertDeleteConflict:
    "Excel menolak menyisipkan sel karena bertabrakan dengan tabel atau sel gabungan di dekatnya.",
  RequestPayloadSizeLimitExceeded:
    "Data terlalu besar untuk dikirim sekaligus ke Excel. Bagi laporan menjadi beberapa bagian.",
  UnsupportedOperation: "Versi Excel ini belum mendukung perintah tersebut.",
  ApiNotAvailable: "Versi Excel ini belum mendukung perintah tersebut.",
  Conflict: "Buku kerja sedang diubah di tempat lain. Tunggu sebentar, lalu coba lagi.",
  ActivityLimitReached: "Excel sedang sibuk. Tunggu sebentar, lalu coba lagi.",
  RequestAborted: "Perintah dibatalkan oleh Excel. Coba lagi.",
};

function kodeDari(error: unknown): string | null {
  if (!error || typeof error !== "object") return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** `aksi`: what failed, as a noun phrase ("Siapkan Lembar"). */
export function pesanGalat(error: unknown, aksi: string): string {
  if (typeof Excel === "undefined") {
    return `${aksi} hanya dapat dijalankan di Excel. Buka panel ini dari tab LKj di Excel.`;
  }
  const kode = kodeDari(error);
  const sebab = kode ? PER_KODE[kode] : undefined;
  if (sebab) return `${aksi} gagal. ${sebab}`;
  return `${aksi} gagal karena Excel tidak dapat menyelesaikannya. Coba lagi; bila masih gagal, simpan buku kerja, tutup lalu buka lagi.`;
}
