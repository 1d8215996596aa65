// The one translation unit that compiles Asio and Beast (separate compilation keeps every other
// file that uses them quick to build).
#include <boost/asio/impl/src.hpp>
#include <boost/beast/src.hpp>
