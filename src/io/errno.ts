// What a failed file operation means, in words rather than an errno code, in either language.
import type { Text } from '../i18n.js';

export function explainErrno(err: unknown): Text {
  const code = (err as NodeJS.ErrnoException).code;
  return (m) => {
    const why = m.errors.why;
    switch (code) {
      case 'ENOENT':
        return why.notFound;
      case 'EACCES':
      case 'EPERM':
        return why.denied;
      case 'ENOTDIR':
        return why.notDirectory;
      case 'EISDIR':
        return why.isDirectory;
      // mkdir reports EEXIST when a directory's path is taken by a file.
      case 'EEXIST':
        return why.partIsFile;
      case 'EROFS':
        return why.readOnly;
      case 'ENOSPC':
        return why.full;
      // Our own refusals (src/io/open.ts): a device, FIFO or socket, or a file over its size cap.
      case 'ENOTREG':
        return why.notRegular;
      case 'EFBIG':
        return why.tooBig(Math.round(((err as { limit?: number }).limit ?? 0) / 1024 / 1024));
      // Opening a FIFO that no process reads, without waiting for one.
      case 'ENXIO':
        return why.noReader;
      default:
        return why.other(code ?? (err as Error).message);
    }
  };
}
