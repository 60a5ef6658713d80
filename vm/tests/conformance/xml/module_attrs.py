# Module attributes: versions, errors and model submodules, constants.
import pyexpat
import sys

print(pyexpat.EXPAT_VERSION, pyexpat.version_info, pyexpat.native_encoding)
print(pyexpat.features[:2])
print(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER, pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
print(pyexpat.errors.__name__, pyexpat.model.__name__, sys.modules["pyexpat.errors"] is pyexpat.errors)
print(pyexpat.errors.XML_ERROR_SYNTAX, pyexpat.errors.XML_ERROR_TAG_MISMATCH)
print(pyexpat.errors.codes[pyexpat.errors.XML_ERROR_UNBOUND_PREFIX])
print(pyexpat.errors.messages[7], len(pyexpat.errors.messages))
print([pyexpat.ErrorString(i) for i in (0, 1, 4, 43, 44)])
print(type(pyexpat.ParserCreate()).__name__, pyexpat.XMLParserType.__name__)
