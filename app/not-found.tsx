import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-600">The page you asked for does not exist or has moved.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 text-white">
        Go home
      </Link>
    </main>
  );
}
