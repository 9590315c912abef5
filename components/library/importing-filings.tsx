import { EdgarJobProgress } from "./edgar-job-progress";

/**
 * The library's rows for the user's imports still under way, above the filings: each with its
 * stage and progress ("Analysing · 63%"); once done the library is read again and the filing
 * takes its place in the list.
 */
export function ImportingFilings({ jobs }: { jobs: Array<{ id: string; label: string }> }) {
  if (jobs.length === 0) return null;
  return (
    <section aria-labelledby="importing-title" className="space-y-2">
      <h2 id="importing-title" className="font-semibold">
        Importing
      </h2>
      <ul aria-labelledby="importing-title" className="space-y-2">
        {jobs.map((job) => (
          <EdgarJobProgress key={job.id} id={job.id} label={job.label} />
        ))}
      </ul>
    </section>
  );
}
