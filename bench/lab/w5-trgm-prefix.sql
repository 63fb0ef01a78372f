-- W5 lab: how many candidates an exact trigram prefix filter (AllPairs: each claim indexes its n - ceil(th n) + 1
-- rarest trigrams, the search probes its own) leaves per search. docs/w5-matching-findings.md §5.
--   psql -h 127.0.0.1 -U postgres -q <db> -v th=0.45 -f bench/lab/w5-trgm-prefix.sql
\timing off
CREATE TEMP TABLE df AS SELECT t, count(*)::int AS n FROM (SELECT DISTINCT id, unnest(show_trgm(normalized_text)) t FROM claims) x GROUP BY t;
CREATE UNIQUE INDEX ON df (t); ANALYZE df;
-- each claim's prefix at threshold :th: its n - ceil(th n) + 1 rarest trigrams (df ascending, then trigram)
CREATE TEMP TABLE pre AS
SELECT id, t FROM (
  SELECT c.id, x.t, row_number() OVER (PARTITION BY c.id ORDER BY df.n, x.t) rk, cardinality(show_trgm(c.normalized_text)) AS len
    FROM claims c CROSS JOIN LATERAL unnest(show_trgm(c.normalized_text)) x(t) JOIN df USING (t)) y
 WHERE rk <= len - ceil(:th * len) + 1;
CREATE INDEX ON pre (t); ANALYZE pre;
-- queries: 50 stored claims with every fifth word changed
CREATE TEMP TABLE q AS SELECT row_number() OVER () qi, array_to_string(ARRAY(SELECT CASE WHEN o % 5 = 3 THEN 'changed' ELSE w END FROM unnest(string_to_array(normalized_text, ' ')) WITH ORDINALITY u(w, o)), ' ') qt
  FROM (SELECT normalized_text FROM claims ORDER BY md5(id::text || 'ingest') LIMIT 50) s;
CREATE TEMP TABLE qp AS SELECT qi, t FROM (
  SELECT q.qi, x.t, row_number() OVER (PARTITION BY q.qi ORDER BY coalesce(df.n, 0), x.t) rk, cardinality(show_trgm(q.qt)) len
    FROM q CROSS JOIN LATERAL unnest(show_trgm(q.qt)) x(t) LEFT JOIN df USING (t)) y WHERE rk <= len - ceil(:th * len) + 1;
SELECT :th AS threshold, percentile_disc(ARRAY[0.5, 0.9, 1.0]) WITHIN GROUP (ORDER BY cands) AS candidates_p50_p90_max,
       percentile_disc(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY postings) AS postings_p50_p90,
       (SELECT count(*) FROM pre) AS prefix_rows
  FROM (SELECT qp.qi, count(DISTINCT pre.id) cands, count(*) postings FROM qp JOIN pre USING (t) GROUP BY qp.qi) z;
