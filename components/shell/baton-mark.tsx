/** Baton's logo: a conductor's baton over a stave. */
export function BatonMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="fill-indigo-600" />
      <path d="M7 22h18M7 17h18M7 12h18" className="stroke-indigo-300" strokeWidth="1.2" />
      <path d="M9 25 24 7" className="stroke-white" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="9" cy="25" r="2.5" className="fill-white" />
    </svg>
  );
}
