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
// the plugin stops the server it started (by its pid) and leaves one that was already running alone
def pidFile = new File('/tmp/plugin-it-embedded/data/postmaster.pid')
if (log.contains('jooq-pgai: starting PostgreSQL')) {
    assert log =~ /jooq-pgai: stopped server pid \d+/
    assert !pidFile.exists() : 'the embedded server this build started is still running'
} else {
    assert log.contains('jooq-pgai: reusing running server')
    assert pidFile.exists() : 'a server that was already running was stopped'
}
return true
