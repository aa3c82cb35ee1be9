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
      default:
        return why.other(code ?? (err as Error).message);
    }
  };
}
