// Writes a file so that a crash mid-write loses nothing and leaves nothing behind: the bytes go to a
// temporary file in the same directory, which is flushed and then renamed over the target (atomic on
// POSIX file systems). At every instant the target is either the old file or the complete new one.
import * as fs from "node:fs";
import * as path from "node:path";

export function writeFileAtomic(file: string, contents: string | Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}`);
  try {
    const fd = fs.openSync(temp, "w");
    try {
      fs.writeFileSync(fd, contents);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
