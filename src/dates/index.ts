// Bengali date extraction (issue 3) — being written.
export {};
