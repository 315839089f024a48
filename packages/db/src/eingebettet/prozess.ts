/** Whether a process with this id exists (EPERM: it does, but belongs to another account). */
export function prozessLaeuft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
