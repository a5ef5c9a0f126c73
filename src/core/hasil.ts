// Small constructors for Hasil<T>, so every core module builds errors the same way.
import type { DomainError, ExcelErrorKind, Hasil } from "./types";

export function berhasil<T>(value: T): Hasil<T> {
  return { ok: true, value };
}

export function gagal<T = never>(
  code: string,
  message: string,
  excel: ExcelErrorKind = "#VALUE!"
): Hasil<T> {
  const error: DomainError = { code, message, excel };
  return { ok: false, error };
}
