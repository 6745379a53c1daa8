def c = new org.postgresql.Driver().connect(pgaiUrl, new Properties())
try {
    c.createStatement().execute("drop schema if exists jooq_pgai_it_plain cascade")
} finally {
    c.close()
}
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] jooq-pgai: no vectorizers in the generated schemata: no embedding views or Vectorizers constants were generated')
assert log =~ /jooq-pgai: generated 1 tables, 0 embedding views, 0 vectorizers, 0 hidden managed objects in \d+ ms/
return true
