// Each module generated its own table and embedding view only, in parallel, and the shared server is stopped.
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert (log =~ /jooq-pgai: generated 1 tables, 1 embedding views, 1 vectorizers, 4 hidden managed objects in \d+ ms/).count == 2
for (m in ['alpha', 'beta']) {
    def other = m == 'alpha' ? 'beta' : 'alpha'
    def tables = new File(basedir, "${m}/target/generated-sources/jooq/com/example/${m}/tables")
    assert new File(tables, "${m.capitalize()}Post.java").isFile()
    assert new File(tables, "${m.capitalize()}PostEmbedding.java").isFile()
    assert !new File(tables, "${other.capitalize()}Post.java").exists() : "${m} saw ${other}'s migration"
    assert new File(basedir, "${m}/target/classes/com/example/${m}/tables/${m.capitalize()}PostEmbedding.class").isFile()
}
assert !new File('/tmp/plugin-it-embedded/data/postmaster.pid').exists() : 'the embedded server is still running'
return true
