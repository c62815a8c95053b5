/**
 * Runs a check or a commit now (the CLI and the demo wait for it) or in the background (the API
 * answers at once and the page polls the import). A background job's failure is recorded by
 * `onFailure`, as nobody awaits it; a waited-for job's failure is also thrown to the caller.
 */
export async function runImportJob(
  job: () => Promise<void>,
  wait: boolean,
  onFailure: (error: unknown) => Promise<void>,
) {
  const running = job().catch(async (error: unknown) => {
    await onFailure(error).catch(() => undefined);
    if (wait) throw error;
  });
  if (wait) await running;
}
