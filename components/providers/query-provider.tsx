"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ApiError } from "@/components/api/fetch-json";
import "./zod-without-eval";

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Client errors (not found, forbidden, validation) will not fix themselves on retry.
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/** The portal's one query client. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 5_000, retry: shouldRetry, refetchOnWindowFocus: true },
          mutations: { retry: false },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
